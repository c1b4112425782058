import type { Anchor, Connector, CrmIdentity } from '../types';
import { anchorFxiaoke, identifyFxiaoke } from './identify';
import { fxiaokeRoute } from './route';
import { FXIAOKE_MATCHES } from './selectors';

export { type FxRoute, fxiaokeRoute } from './route';

/** 纷享销客: customer (AccountObj) detail pages, the detail overlay over the customer list, and the customer named
 *  on order / contact / opportunity details. Hash routing under /XV/UI/Home. */
export const fxiaoke: Connector = {
  id: 'fxiaoke',
  label: '纷享销客',
  kind: 'crm',
  matches: FXIAOKE_MATCHES,
  navigation: 'hash',
  isRecordPage(url) {
    return fxiaokeRoute(url) !== null;
  },
  identify(doc, url): CrmIdentity | null {
    const route = fxiaokeRoute(url);
    if (!route) return null;
    try {
      return identifyFxiaoke(doc, route);
    } catch {
      return null;
    }
  },
  anchor(doc, url): Anchor | null {
    const route = fxiaokeRoute(url);
    if (!route) return null;
    try {
      return anchorFxiaoke(doc, route);
    } catch {
      return null;
    }
  },
};
