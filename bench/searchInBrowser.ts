import { type SearchEntry, buildSearchIndex, linearSearch } from 'shared/match';

/**
 * Runs inside Chromium (bundled by bench/search.ts and evaluated in the extension's service worker, where the
 * real search runs): builds the index from the entries, then times every keystroke of each query against a
 * linear scan of the same entries. Returns raw samples in milliseconds.
 */
export interface SearchSamples {
  buildMs: number;
  keystrokes: number;
  indexMs: number[];
  linearMs: number[];
  /** Keystrokes whose index and linear results differed (must be 0: same ranking). */
  mismatches: string[];
  /** The slowest keystrokes of the index: [query so far, median ms]. */
  slowest: [string, number][];
  /** Top hit of each full query, to check the bench searched for something real. */
  topHits: Record<string, string | null>;
}

function prefixes(query: string): string[] {
  return [...query].map((_, i, chars) => chars.slice(0, i + 1).join(''));
}

export function runSearchSamples(entries: SearchEntry[], queries: string[], limit: number, indexRounds: number, linearRounds: number): SearchSamples {
  const t0 = performance.now();
  const index = buildSearchIndex(entries);
  const buildMs = performance.now() - t0;
  const keys = queries.flatMap(prefixes);
  const indexMs: number[] = [];
  const perKey = new Map<string, number[]>();
  const linearMs: number[] = [];
  const mismatches: string[] = [];
  for (let round = 0; round < Math.max(indexRounds, linearRounds); round++) {
    for (const key of keys) {
      let fast: string[] = [];
      if (round < indexRounds) {
        const a = performance.now();
        fast = index.search(key, limit).map((h) => h.customerId);
        const ms = performance.now() - a;
        indexMs.push(ms);
        perKey.set(key, [...(perKey.get(key) ?? []), ms]);
      }
      if (round < linearRounds) {
        const b = performance.now();
        const slow = linearSearch(entries, key, limit).map((h) => h.customerId);
        linearMs.push(performance.now() - b);
        if (round === 0 && fast.join() !== slow.join()) mismatches.push(key);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const slowest = [...perKey]
    .map(([key, xs]): [string, number] => [key, Math.round(median(xs) * 1000) / 1000])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  const topHits = Object.fromEntries(queries.map((q) => [q, index.search(q, 1)[0]?.customerId ?? null]));
  return { buildMs, keystrokes: keys.length, indexMs, linearMs, mismatches, slowest, topHits };
}

Object.assign(globalThis, { arLensSearchBench: { runSearchSamples } });
