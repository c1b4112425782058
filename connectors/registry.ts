import { matchesAny } from './matchPattern';
import { salesforce } from './salesforce';
import type { Connector } from './types';

/** Every built-in connector. The generic (user-configured) connector is added at runtime from settings. */
export const connectors: readonly Connector[] = [salesforce];

/** The connector whose URL patterns match, or undefined. Pure: no DOM is touched. */
export function connectorFor(url: string | URL, list: readonly Connector[] = connectors): Connector | undefined {
  const u = typeof url === 'string' ? new URL(url) : url;
  return list.find((c) => matchesAny(c.matches, u));
}
