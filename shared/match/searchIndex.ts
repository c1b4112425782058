import {
  type Best,
  entryKeys,
  FIELD_RULES,
  type Field,
  type FieldRule,
  offer,
  prefixScore,
  queryKeys,
  rank,
  type SearchEntry,
  type SearchHit,
  type SearchOptions,
  substringScore,
} from './searchKeys';

export type { MatchedOn, SearchEntry, SearchHit, SearchOptions } from './searchKeys';

/** One field's keys, sorted by UTF-16 code units, with the entry each belongs to. */
export interface FieldData {
  keys: string[];
  owners: number[];
  /** The keys joined by NUL (which normalised keys never contain), for substring search with one `indexOf` per hit. */
  haystack: string;
  /** Offset of each key in `haystack`. */
  starts: number[];
}

/**
 * Plain data only (strings and number arrays): survives `structuredClone`, `postMessage`, IndexedDB and
 * JSON. Turn it back into a searchable index with `searchIndexFromData`, which does no work.
 */
export interface SearchIndexData {
  version: 1;
  customerIds: string[];
  fields: Record<Field, FieldData>;
}

export interface SearchIndex {
  data: SearchIndexData;
  search(query: string, limit: number): SearchHit[];
}

const SEPARATOR = '\u0000';

function fieldData(pairs: [string, number][]): FieldData {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const keys = pairs.map((p) => p[0]);
  const starts: number[] = [];
  let offset = 0;
  for (const key of keys) {
    starts.push(offset);
    offset += key.length + SEPARATOR.length;
  }
  return { keys, owners: pairs.map((p) => p[1]), haystack: keys.join(SEPARATOR), starts };
}

export function buildSearchIndexData(entries: readonly SearchEntry[], options: SearchOptions = {}): SearchIndexData {
  const pairs = Object.fromEntries(FIELD_RULES.map((r) => [r.field, [] as [string, number][]])) as Record<
    Field,
    [string, number][]
  >;
  entries.forEach((entry, owner) => {
    const keys = entryKeys(entry, options);
    for (const rule of FIELD_RULES) {
      for (const key of keys[rule.field]) pairs[rule.field].push([key, owner]);
    }
  });
  const fields = Object.fromEntries(FIELD_RULES.map((r) => [r.field, fieldData(pairs[r.field])])) as Record<
    Field,
    FieldData
  >;
  return { version: 1, customerIds: entries.map((e) => e.customerId), fields };
}

/** First position whose key is >= query. */
function lowerBound(keys: readonly string[], query: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? '') < query) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last position whose start is <= offset: the key a haystack offset falls in. */
function keyAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function searchPrefix(rule: FieldRule, data: FieldData, query: string, best: Map<number, Best>): void {
  const { keys, owners } = data;
  for (let i = lowerBound(keys, query); i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (!key.startsWith(query)) break;
    offer(best, owners[i] ?? -1, prefixScore(rule, query, key), rule.matchedOn);
  }
}

function searchSubstring(rule: FieldRule, data: FieldData, query: string, best: Map<number, Best>): void {
  const { keys, owners, haystack, starts } = data;
  let from = 0;
  for (let at = haystack.indexOf(query, from); at >= 0; at = haystack.indexOf(query, from)) {
    const k = keyAt(starts, at);
    offer(best, owners[k] ?? -1, substringScore(rule, query, keys[k] ?? ''), rule.matchedOn);
    // One hit per key is enough; continue with the next key.
    from = starts[k + 1] ?? haystack.length;
  }
}

export function searchIndexFromData(data: SearchIndexData): SearchIndex {
  const search = (query: string, limit: number): SearchHit[] => {
    if (limit <= 0) return [];
    const q = queryKeys(query);
    const best = new Map<number, Best>();
    for (const rule of FIELD_RULES) for (const key of q[rule.field]) searchPrefix(rule, data.fields[rule.field], key, best);
    // Substring hits cannot outrank what is already found, so skip them when the list is full.
    if (best.size < limit) {
      for (const rule of FIELD_RULES) {
        if (rule.substring === undefined) continue;
        for (const key of q[rule.field]) {
          if (key.length >= rule.substringMinLength) searchSubstring(rule, data.fields[rule.field], key, best);
        }
      }
    }
    return rank(best, data.customerIds, limit);
  };
  return { data, search };
}

/**
 * Search over customers for the per-keystroke box: exact USCC / code / e-mail first, then name and alias
 * prefixes, pinyin initials, full pinyin, e-mail prefixes, and substrings last. Each customer appears once, with
 * its best hit. Building costs one normalisation per key; searching is binary search plus `indexOf`.
 */
export function buildSearchIndex(entries: readonly SearchEntry[], options: SearchOptions = {}): SearchIndex {
  return searchIndexFromData(buildSearchIndexData(entries, options));
}
