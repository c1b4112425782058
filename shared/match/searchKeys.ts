import { compactText, normalizeName } from './normalizeName';
import { normalizeUscc } from './uscc';

/** One customer as the search box sees it. `pinyinFull` / `pinyinInitials` come from `pinyinKeys(name)`. */
export interface SearchEntry {
  customerId: string;
  name: string;
  aliases?: string[];
  code?: string;
  uscc?: string;
  emails?: string[];
  pinyinFull?: string;
  pinyinInitials?: string;
}

export type MatchedOn = 'code' | 'uscc' | 'email' | 'name' | 'alias' | 'pinyin' | 'initials';

export interface SearchHit {
  customerId: string;
  /** Higher is better; only the order means anything (identifier > name prefix > pinyin > substring). */
  score: number;
  matchedOn: MatchedOn;
}

export interface SearchOptions {
  /** Computes pinyin for names and aliases whose entry carries none (pass `pinyinKeys` from './pinyin'). */
  pinyinOf?: (name: string) => { full: string; initials: string };
}

export type Field = 'uscc' | 'code' | 'email' | 'name' | 'alias' | 'initials' | 'pinyin';

/** How a query may meet one field, with the base score of each kind of meeting. */
export interface FieldRule {
  field: Field;
  matchedOn: MatchedOn;
  /** Score when the key equals the query; without it equality counts as a (full-length) prefix. */
  exact?: number;
  prefix?: number;
  prefixMinLength: number;
  substring?: number;
  substringMinLength: number;
}

/** In descending order of their best score. Substring scores stay below every other score (see SUBSTRING_MAX). */
export const FIELD_RULES: readonly FieldRule[] = [
  { field: 'uscc', matchedOn: 'uscc', exact: 10_000, prefix: 6900, prefixMinLength: 6, substringMinLength: 0 },
  { field: 'code', matchedOn: 'code', exact: 9900, prefix: 7000, prefixMinLength: 1, substringMinLength: 0 },
  { field: 'email', matchedOn: 'email', exact: 9800, prefix: 4500, prefixMinLength: 1, substringMinLength: 0 },
  { field: 'name', matchedOn: 'name', prefix: 8000, prefixMinLength: 1, substring: 3000, substringMinLength: 1 },
  { field: 'alias', matchedOn: 'alias', prefix: 7800, prefixMinLength: 1, substring: 2800, substringMinLength: 1 },
  { field: 'initials', matchedOn: 'initials', prefix: 6000, prefixMinLength: 1, substringMinLength: 0 },
  { field: 'pinyin', matchedOn: 'pinyin', prefix: 5000, prefixMinLength: 1, substring: 2000, substringMinLength: 3 },
];

/** No substring hit scores above this, and every prefix or exact hit scores above it. */
export const SUBSTRING_MAX = 3100;

export type FieldKeys = Record<Field, string[]>;

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

function textKeys(name: string): string[] {
  return [normalizeName(name), compactText(name)];
}

/** Lower case, without white space or control characters (neither belongs in an address). */
export function normalizeEmail(address: string): string {
  return address.toLowerCase().replace(/[\p{White_Space}\p{Cc}]+/gu, '');
}

/** The keys an entry is found by, per field, de-duplicated. */
export function entryKeys(entry: SearchEntry, options: SearchOptions = {}): FieldKeys {
  const aliases = entry.aliases ?? [];
  const computed = options.pinyinOf ? [entry.name, ...aliases].map(options.pinyinOf) : [];
  const full = entry.pinyinFull !== undefined ? [entry.pinyinFull] : computed.map((p) => p.full);
  const initials = entry.pinyinInitials !== undefined ? [entry.pinyinInitials] : computed.map((p) => p.initials);
  return {
    uscc: unique([entry.uscc === undefined ? undefined : normalizeUscc(entry.uscc)]),
    code: unique([entry.code === undefined ? undefined : compactText(entry.code)]),
    email: unique((entry.emails ?? []).map(normalizeEmail)),
    name: unique(textKeys(entry.name)),
    alias: unique(aliases.flatMap(textKeys)),
    initials: unique(initials.map(compactText)),
    pinyin: unique(full.map(compactText)),
  };
}

/** The forms of a query each field is searched with. */
export function queryKeys(query: string): FieldKeys {
  const text = unique([compactText(query), normalizeName(query)]);
  const compact = compactText(query);
  return {
    uscc: unique([normalizeUscc(query)]),
    code: unique([compact]),
    email: unique([normalizeEmail(query)]),
    name: text,
    alias: text,
    initials: unique([compact]),
    pinyin: unique([compact]),
  };
}

/** Score of a key that starts with the query (0 when it does not qualify). */
export function prefixScore(rule: FieldRule, query: string, key: string): number {
  if (rule.exact !== undefined && key === query) return rule.exact;
  if (rule.prefix === undefined || query.length < rule.prefixMinLength) return 0;
  return rule.prefix + closeness(query, key);
}

/** Score of a key that contains the query anywhere (0 when it does not qualify). */
export function substringScore(rule: FieldRule, query: string, key: string): number {
  if (rule.substring === undefined || query.length < rule.substringMinLength) return 0;
  return rule.substring + closeness(query, key);
}

/** 0..100: how much of the key the query covers, so "星河" ranks "星河科技" above "星河科技发展". */
function closeness(query: string, key: string): number {
  return Math.floor((100 * query.length) / key.length);
}

/** Best hit per customer, ranked by score and then by entry order. */
export interface Best {
  score: number;
  matchedOn: MatchedOn;
}

export function offer(best: Map<number, Best>, owner: number, score: number, matchedOn: MatchedOn): void {
  if (score <= 0) return;
  const current = best.get(owner);
  if (!current || score > current.score) best.set(owner, { score, matchedOn });
}

/** a ranks before b: higher score, then earlier entry. */
function before(a: [number, Best], b: [number, Best]): boolean {
  return a[1].score > b[1].score || (a[1].score === b[1].score && a[0] < b[0]);
}

/**
 * The `limit` best hits. A one-letter query can hit every customer, so this keeps a small sorted window
 * (insertion into at most `limit` slots) instead of sorting every hit.
 */
export function rank(best: Map<number, Best>, customerIds: readonly string[], limit: number): SearchHit[] {
  const k = Math.max(0, limit);
  const top: [number, Best][] = [];
  for (const entry of best) {
    if (top.length === k && (k === 0 || !before(entry, top[k - 1]!))) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && before(entry, top[i - 1]!)) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top.map(([owner, hit]) => ({ customerId: customerIds[owner] ?? '', score: hit.score, matchedOn: hit.matchedOn }));
}
