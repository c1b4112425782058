import { isCjkToken, nameTokens, normalizeName } from './normalizeName';

export interface NameCandidate {
  customerId: string;
  name: string;
  aliases?: string[];
}

/** Why a customer was suggested; `SUGGESTION_REASON_TEXT` has the words for each. */
export type SuggestionReason =
  | 'exact'
  | 'containment'
  | 'similar'
  | 'uscc'
  | 'email-contact'
  | 'email-domain';

export interface Suggestion {
  customerId: string;
  /** 0..1, 1 for the same normalised name. */
  score: number;
  reason: SuggestionReason;
  /** Which of the customer's names matched, when the suggestion came from a name. */
  via?: 'name' | 'alias';
}

export const SUGGESTION_REASON_TEXT: Record<SuggestionReason, { en: string; zh_CN: string }> = {
  exact: { en: 'Same name', zh_CN: '名称相同' },
  containment: { en: 'One name contains the other', zh_CN: '名称互相包含' },
  similar: { en: 'Similar name', zh_CN: '名称相似' },
  uscc: { en: 'Same unified social credit code', zh_CN: '统一社会信用代码相同' },
  'email-contact': { en: 'Known contact e-mail address', zh_CN: '已知联系人邮箱' },
  'email-domain': { en: "Customer's e-mail domain", zh_CN: '客户邮箱域名' },
};

/**
 * Names prepared once for repeated suggestions: normalised keys, their features, and an inverted index from
 * feature to keys, so a suggestion only looks at names sharing something with the query. Rebuild it when the
 * customers change; it is not meant to be persisted.
 */
export interface NameIndex {
  customerIds: string[];
  /** Per key: owning customer, normalised text, name or alias, and its number of distinct features. */
  owners: number[];
  keys: string[];
  /** Per key: its words, Latin ones padded with spaces, so containment respects Latin word boundaries. */
  spaced: string[];
  via: ('name' | 'alias')[];
  featureCounts: number[];
  postings: Map<string, number[]>;
  /** Scratch counters, one per key, reused by every suggestion. */
  shared: Int32Array;
}

export interface SuggestOptions {
  /** Suggestions scoring below this are dropped (default 0.3). */
  minScore?: number;
}

/**
 * Features compared with Dice: character bigrams of Chinese/Japanese words (a one-character word counts as
 * itself); Latin words whole, plus their trigrams so "acme" still meets "acmecorp".
 */
export function nameFeatures(name: string): Set<string> {
  return tokenFeatures(nameTokens(name));
}

function tokenFeatures(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const token of tokens) {
    const chars = [...token];
    if (isCjkToken(token)) {
      if (chars.length === 1) out.add(token);
      for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
    } else {
      out.add(token);
      for (let i = 0; i + 2 < chars.length; i++) out.add(`\u0001${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
  }
  return out;
}

export function prepareNameIndex(customers: readonly NameCandidate[]): NameIndex {
  const prepared: NameIndex = {
    customerIds: customers.map((c) => c.customerId),
    owners: [],
    keys: [],
    spaced: [],
    via: [],
    featureCounts: [],
    postings: new Map(),
    shared: new Int32Array(0),
  };
  customers.forEach((customer, owner) => {
    const names: [string, 'name' | 'alias'][] = [
      [customer.name, 'name'],
      ...(customer.aliases ?? []).map((a): [string, 'alias'] => [a, 'alias']),
    ];
    for (const [text, via] of names) {
      const key = normalizeName(text);
      if (!key) continue;
      const tokens = nameTokens(text);
      const features = tokenFeatures(tokens);
      const index = prepared.keys.length;
      prepared.owners.push(owner);
      prepared.keys.push(key);
      prepared.spaced.push(spacedForm(tokens));
      prepared.via.push(via);
      prepared.featureCounts.push(features.size);
      for (const f of features) {
        const list = prepared.postings.get(f);
        if (list) list.push(index);
        else prepared.postings.set(f, [index]);
      }
    }
  });
  prepared.shared = new Int32Array(prepared.keys.length);
  return prepared;
}

/** "星河科技" inside "北京星河科技" counts; "acme" inside "acmecorp" does not (Latin words stay whole). */
function spacedForm(tokens: readonly string[]): string {
  return tokens.map((t) => (isCjkToken(t) ? t : ` ${t} `)).join('');
}

interface Keyed {
  key: string;
  spaced: string;
}

/** Containment counts for more the larger the share of the longer name the shorter one covers. */
function containmentScore(a: Keyed, b: Keyed): number {
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (short.key.length < 2 || !long.spaced.includes(short.spaced)) return 0;
  return 0.5 + (0.5 * short.key.length) / long.key.length;
}

function scoreKey(
  query: Keyed,
  candidate: Keyed,
  shared: number,
  queryFeatures: number,
  keyFeatures: number,
): { score: number; reason: SuggestionReason } {
  if (candidate.key === query.key) return { score: 1, reason: 'exact' };
  const dice = (2 * shared) / (queryFeatures + keyFeatures);
  const contained = containmentScore(query, candidate);
  return contained > dice ? { score: contained, reason: 'containment' } : { score: dice, reason: 'similar' };
}

/**
 * Customers whose names resemble `name`, best first, one entry per customer. Pass a `NameIndex` when
 * suggesting more than once over the same customers.
 */
export function suggestCustomers(
  name: string,
  candidates: readonly NameCandidate[] | NameIndex,
  limit: number,
  options: SuggestOptions = {},
): Suggestion[] {
  const prepared = 'postings' in candidates ? candidates : prepareNameIndex(candidates);
  const minScore = options.minScore ?? 0.3;
  const tokens = nameTokens(name);
  const query = { key: normalizeName(name), spaced: spacedForm(tokens) };
  const features = tokenFeatures(tokens);
  if (!query.key || features.size === 0 || limit <= 0) return [];

  const { shared } = prepared;
  const touched: number[] = [];
  for (const f of features) {
    for (const k of prepared.postings.get(f) ?? []) {
      if (shared[k] === 0) touched.push(k);
      shared[k] = (shared[k] ?? 0) + 1;
    }
  }

  const best = new Map<number, Suggestion & { order: number }>();
  for (const k of touched) {
    const owner = prepared.owners[k] ?? 0;
    const { score, reason } = scoreKey(
      query,
      { key: prepared.keys[k] ?? '', spaced: prepared.spaced[k] ?? '' },
      shared[k] ?? 0,
      features.size,
      prepared.featureCounts[k] ?? 0,
    );
    shared[k] = 0;
    const current = best.get(owner);
    if (score < minScore || (current && current.score >= score)) continue;
    best.set(owner, {
      customerId: prepared.customerIds[owner] ?? '',
      score,
      reason,
      via: prepared.via[k] ?? 'name',
      order: owner,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _, ...s }) => s);
}
