import type { LookupSummary } from 'shared/search';
import * as v from 'valibot';
import { text } from './fields';

/** Most results one search may ask for: the popup shows 8, the omnibox 6. */
export const SEARCH_LIMIT_MAX = 20;

/** Quick credit lookup: one `search` per keystroke from the popup. */
export const SEARCH_REQUESTS = [
  v.object({
    type: v.literal('search'),
    query: text(200),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SEARCH_LIMIT_MAX)),
  }),
] as const;

export type SearchResult =
  /** No ledger imported: the popup offers the import link. */
  | { status: 'no-data' }
  | { status: 'ok'; query: string; hits: LookupSummary[]; importedAt?: number };

export interface SearchResponses {
  search: SearchResult;
}
