import type { Cell } from './types';

/** A cell as trimmed text ("" for empty); numbers keep their shortest exact form. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const text = cell.trim();
    // ="00012": how ERPs keep leading zeros through Excel.
    return text.charCodeAt(0) === 61 && text.charCodeAt(1) === 34 && text.endsWith('"') && text.length >= 3
      ? text.slice(2, -1)
      : text;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** NFKC, skipped for printable ASCII (which it leaves unchanged) because normalising costs a microsecond per call. */
export function nfkc(text: string): string {
  return PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKC');
}

/** NFKC (full-width → ASCII, ￥ → ¥), lower case, without spaces or punctuation: the key for header and name comparison. */
export function looseKey(text: string): string {
  return nfkc(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * cyrb53: a fast, well-mixed 53-bit string hash. Deterministic across runs and platforms, which is all
 * derived ids need (not cryptographic).
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Normalised form of a customer name: two spellings of one company differing only in width, case or spacing agree. */
export function customerNameKey(name: string): string {
  return nfkc(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

// A ledger repeats each customer's name on every invoice row: remember the ids.
const ID_CACHE_SIZE = 20_000;
const idCache = new Map<string, string>();

/** Stable id for a customer without a code: `n:` + a hash of the normalised name. */
export function customerIdFromName(name: string): string {
  let id = idCache.get(name);
  if (id === undefined) {
    id = `n:${hash53(customerNameKey(name)).toString(36)}`;
    if (idCache.size >= ID_CACHE_SIZE) idCache.clear();
    idCache.set(name, id);
  }
  return id;
}
