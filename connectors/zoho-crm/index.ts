import type { Anchor, Connector, CrmIdentity } from '../types';
import { anchorZoho, identifyZoho } from './identify';
import { zohoRoute } from './route';
import { ZOHO_CRM_MATCHES } from './selectors';

export { type ZohoRoute, zohoRoute } from './route';

/** Zoho CRM (every data centre, sandbox, and CRM Plus inside `iframe#crmLoadFrame`): Accounts, Contacts, Deals. */
export const zohoCrm: Connector = {
  id: 'zoho-crm',
  label: 'Zoho CRM',
  kind: 'crm',
  matches: ZOHO_CRM_MATCHES,
  navigation: 'pushState',
  isRecordPage(url) {
    return zohoRoute(url) !== null;
  },
  identify(doc, url): CrmIdentity | null {
    const route = zohoRoute(url);
    if (!route) return null;
    try {
      return identifyZoho(doc, route);
    } catch {
      return null;
    }
  },
  anchor(doc, url): Anchor | null {
    if (!zohoRoute(url)) return null;
    try {
      return anchorZoho(doc);
    } catch {
      return null;
    }
  },
};
