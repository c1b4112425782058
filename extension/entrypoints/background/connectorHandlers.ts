import { genericConfigFor, syncGenericScripts } from './dynamicScripts';
import type { Handlers } from './services';

function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export const connectorHandlers: Handlers<'genericConfigFor' | 'connectorsChanged'> = {
  // A content script may ask only about its own site; an extension page (no tab) about any address.
  genericConfigFor: async (s, r, sender) => {
    if (sender.tabId !== undefined && !sameOrigin(r.url, sender.url)) return null;
    return genericConfigFor(s.db, r.url);
  },
  connectorsChanged: (s) => syncGenericScripts(s.db),
};
