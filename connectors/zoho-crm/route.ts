import { ZOHO_MODULES, ZOHO_RECORD_PATH } from './selectors';

export type ZohoModule = (typeof ZOHO_MODULES)[number];

export interface ZohoRoute {
  orgId?: string;
  module: ZohoModule;
  recordId: string;
}

function isModule(m: string): m is ZohoModule {
  return (ZOHO_MODULES as readonly string[]).includes(m);
}

/** The supported record a Zoho CRM URL shows, or null. Pure and cheap. */
export function zohoRoute(url: URL): ZohoRoute | null {
  const m = ZOHO_RECORD_PATH.exec(url.pathname);
  if (!m || !isModule(m[2]!)) return null;
  const route: ZohoRoute = { module: m[2], recordId: m[3]! };
  if (m[1]) route.orgId = m[1];
  return route;
}
