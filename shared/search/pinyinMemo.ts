import type { SearchEntry } from '../match';

/** Pinyin keys of one name, as `pinyinKeys` gives them. */
export interface Spelling {
  full: string;
  initials: string;
}

/**
 * The pinyin of every name and alias of the last index, kept in `documents` so the next import only spells
 * the names it has not seen (pinyin is most of the cost of building the index: seconds for 20,000 names).
 */
export interface PinyinMemoDocument {
  version: 1;
  names: string[];
  full: string[];
  initials: string[];
}

export const PINYIN_MEMO_DOCUMENT_ID = 'search-pinyin';

function isStrings(value: unknown, length?: number): value is string[] {
  return Array.isArray(value) && (length === undefined || value.length === length) && value.every((v) => typeof v === 'string');
}

/** The stored memo as a map; empty when there is none or it is damaged. */
export function pinyinMemoFrom(value: unknown): Map<string, Spelling> {
  const memo = new Map<string, Spelling>();
  if (typeof value !== 'object' || value === null) return memo;
  const doc = value as Partial<PinyinMemoDocument>;
  if (doc.version !== 1 || !isStrings(doc.names)) return memo;
  const n = doc.names.length;
  if (!isStrings(doc.full, n) || !isStrings(doc.initials, n)) return memo;
  doc.names.forEach((name, i) => {
    memo.set(name, { full: doc.full?.[i] ?? '', initials: doc.initials?.[i] ?? '' });
  });
  return memo;
}

/** The memo to store: the spellings of `names` only, so names that left the ledger do not pile up. */
export function pinyinMemoDocument(memo: ReadonlyMap<string, Spelling>, names: readonly string[]): PinyinMemoDocument {
  const kept = names.filter((name) => memo.has(name));
  return {
    version: 1,
    names: kept,
    full: kept.map((name) => memo.get(name)?.full ?? ''),
    initials: kept.map((name) => memo.get(name)?.initials ?? ''),
  };
}

/** Every distinct name and alias the index will spell. */
export function namesToSpell(entries: readonly SearchEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]))];
}
