import { fxiaoke } from './fxiaoke';
import { gmail } from './gmail';
import { mail163 } from './mail163';
import { matchesAny } from './matchPattern';
import { outlook } from './outlook';
import { qqmail } from './qqmail';
import { salesforce } from './salesforce';
import type { Connector } from './types';
import { zohoCrm } from './zoho-crm';

/** Every built-in connector. Generic (user-configured) connectors are added at runtime from settings. */
export const connectors: readonly Connector[] = [salesforce, zohoCrm, fxiaoke, gmail, outlook, qqmail, mail163];

/** The connector whose URL patterns match, or undefined. Pure: no DOM is touched. */
export function connectorFor(url: string | URL, list: readonly Connector[] = connectors): Connector | undefined {
  const u = typeof url === 'string' ? new URL(url) : url;
  return list.find((c) => matchesAny(c.matches, u));
}
