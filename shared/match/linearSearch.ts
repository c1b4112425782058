import {
  type Best,
  entryKeys,
  FIELD_RULES,
  offer,
  prefixScore,
  queryKeys,
  rank,
  type SearchEntry,
  type SearchHit,
  type SearchOptions,
  substringScore,
} from './searchKeys';

/**
 * The naive baseline: normalises every entry and compares it with the query, every time. Same ranking as
 * `buildSearchIndex(entries).search`; kept only for the benchmark and as the tests' oracle.
 */
export function linearSearch(
  entries: readonly SearchEntry[],
  query: string,
  limit: number,
  options: SearchOptions = {},
): SearchHit[] {
  if (limit <= 0) return [];
  const q = queryKeys(query);
  const best = new Map<number, Best>();
  entries.forEach((entry, owner) => {
    const keys = entryKeys(entry, options);
    for (const rule of FIELD_RULES) {
      for (const qk of q[rule.field]) {
        for (const key of keys[rule.field]) {
          if (key.startsWith(qk)) offer(best, owner, prefixScore(rule, qk, key), rule.matchedOn);
          else if (key.includes(qk)) offer(best, owner, substringScore(rule, qk, key), rule.matchedOn);
        }
      }
    }
  });
  return rank(best, entries.map((e) => e.customerId), limit);
}
