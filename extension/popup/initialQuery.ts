import { browser } from 'wxt/browser';
import { PENDING_LOOKUP_KEY, freshPendingQuery } from './pendingLookup';

/** The query to start with: `?q=` of a lookup window, else one the context menu left for the popup. */
export async function initialQuery(): Promise<string> {
  const fromUrl = new URLSearchParams(location.search).get('q');
  if (fromUrl !== null) return fromUrl.slice(0, 200);
  const stored = (await browser.storage.session.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY];
  if (stored === undefined) return '';
  await browser.storage.session.remove(PENDING_LOOKUP_KEY);
  return freshPendingQuery(stored, Date.now()) ?? '';
}
