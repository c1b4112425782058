import { loadCustomerRecords } from 'shared/db';
import type { SearchHit } from 'shared/match';
import { type LookupSummary, lookupSummary } from 'shared/search';
import { browser } from 'wxt/browser';
import { todayIso } from '../../lib/today';
import type { SearchResult } from '../../protocol/search';
import type { Handlers, SenderInfo, Services } from './services';

/** The customer list is not for content scripts: only the extension's own pages may search it. */
function fromExtensionPage(sender: SenderInfo): boolean {
  return sender.tabId === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function summaries(s: Services, hits: readonly SearchHit[]): Promise<LookupSummary[]> {
  const asOf = todayIso(s.now());
  const rows = await Promise.all(hits.map((h) => loadCustomerRecords(s.db, h.customerId, 1)));
  return rows.flatMap((records, i) => (records ? [lookupSummary(records, hits[i]?.matchedOn ?? 'name', asOf)] : []));
}

async function importedAt(s: Services): Promise<number | undefined> {
  const at = ((await s.db.meta.get('lastImport'))?.value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' ? at : undefined;
}

/** Index hits for a query, then the figures of the top hits only (each an indexed read of one customer). */
export async function searchCustomers(s: Services, query: string, limit: number): Promise<SearchResult> {
  const index = await s.search.get();
  if (index.data.customerIds.length === 0) return { status: 'no-data' };
  const trimmed = query.trim();
  const hits = trimmed === '' ? [] : index.search(trimmed, limit);
  return { status: 'ok', query, hits: await summaries(s, hits), importedAt: await importedAt(s) };
}

export const searchHandlers: Handlers<'search'> = {
  search: async (s, r, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('search is only available to extension pages');
    return searchCustomers(s, r.query, r.limit);
  },
};
