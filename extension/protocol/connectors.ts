import type { GenericSiteConfig } from 'connectors/generic';
import * as v from 'valibot';
import { text } from './fields';

/**
 * Connectors settings: the runtime-registered generic content script asks which site description applies to
 * its page; the options page tells the background that the stored sites changed so it re-registers scripts.
 */
export const CONNECTOR_REQUESTS = [
  v.object({ type: v.literal('genericConfigFor'), url: v.pipe(text(4096), v.startsWith('https://')) }),
  v.object({ type: v.literal('connectorsChanged') }),
] as const;

/** What the background registered after a change: one content script per enabled site with its permission. */
export interface GenericSync {
  registered: string[];
  /** Sites switched on whose host permission is missing (the user revoked it in the browser). */
  missingPermission: string[];
}

export interface ConnectorResponses {
  genericConfigFor: GenericSiteConfig | null;
  connectorsChanged: GenericSync;
}
