import type { Anchor, Connector, CrmIdentity } from '../types';
import { anchorClassic, identifyClassic } from './classic';
import { anchorLightning, identifyLightning } from './lightning';
import { salesforceRoute } from './route';
import { SALESFORCE_MATCHES } from './selectors';

export { canonicalSfId, sameSfId, sfId18 } from './ids';
export { type SfRoute, salesforceRoute } from './route';

/**
 * Salesforce Lightning (Account, Contact, Opportunity record pages, console tabs, `/lightning/r/{id}/view`,
 * legacy `one.app#/sObject/{id}`) and Classic account pages. Record ids in identities are always 18 characters.
 */
export const salesforce: Connector = {
  id: 'salesforce',
  label: 'Salesforce',
  kind: 'crm',
  matches: SALESFORCE_MATCHES,
  navigation: 'pushState',
  isRecordPage(url) {
    return salesforceRoute(url) !== null;
  },
  identify(doc, url): CrmIdentity | null {
    const route = salesforceRoute(url);
    if (!route) return null;
    try {
      return route.ui === 'classic' ? identifyClassic(doc, route) : identifyLightning(doc, route);
    } catch {
      // A half-built or foreign DOM must never break the content script: no identity yet.
      return null;
    }
  },
  anchor(doc, url): Anchor | null {
    const route = salesforceRoute(url);
    if (!route) return null;
    try {
      return route.ui === 'classic' ? anchorClassic(doc) : anchorLightning(doc);
    } catch {
      return null;
    }
  },
};
