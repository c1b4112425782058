import { type EmailLookup, matchByEmail } from './email';
import { normalizeName } from './normalizeName';
import type { Suggestion } from './suggest';
import { isValidUscc, normalizeUscc } from './uscc';

/** What a CRM connector read off a page. */
export interface PageIdentity {
  system: string;
  recordId?: string;
  name?: string;
  emails?: string[];
  uscc?: string;
}

type MaybePromise<T> = T | Promise<T>;

/** Look-ups the caller provides (in memory or over Dexie: each may answer synchronously or with a promise). */
export interface MatchDeps {
  /** The customer explicitly linked to this CRM record, if any. */
  linkFor(system: string, recordId: string): MaybePromise<string | undefined>;
  /** Customers with this (normalised, valid) USCC. More than one means duplicate customers. */
  byUscc(code: string): MaybePromise<string[]>;
  /** Customers whose `normalizeName` of name or alias equals `key`. */
  byNormalizedName(key: string): MaybePromise<string[]>;
  suggest(name: string, limit: number): MaybePromise<Suggestion[]>;
  /** Optional: e-mail addresses on the page add candidates (never a match on their own). */
  emails?: EmailLookup;
}

export type MatchStatus = 'linked' | 'uscc' | 'exact' | 'ambiguous' | 'none';

export interface IdentityMatch {
  status: MatchStatus;
  /** Set for 'linked', 'uscc' and 'exact'. */
  customerId?: string;
  /** For 'ambiguous': the customers the user should choose from, best first. Empty otherwise. */
  candidates: Suggestion[];
}

export interface MatchIdentityOptions {
  /** How many suggestions to offer (default 5). */
  limit?: number;
}

function exactCandidates(ids: string[], reason: 'uscc' | 'exact'): Suggestion[] {
  return [...new Set(ids)].map((customerId) => ({ customerId, score: 1, reason }));
}

/**
 * Which customer a CRM page is about. An explicit link to the CRM record wins; then a valid USCC; then a
 * unique exact normalised name. Anything less certain comes back as 'ambiguous' with candidates for the user
 * to confirm: suggestions are never applied silently.
 */
export async function matchIdentity(
  identity: PageIdentity,
  deps: MatchDeps,
  options: MatchIdentityOptions = {},
): Promise<IdentityMatch> {
  const limit = options.limit ?? 5;
  if (identity.recordId) {
    const linked = await deps.linkFor(identity.system, identity.recordId);
    if (linked) return { status: 'linked', customerId: linked, candidates: [] };
  }

  if (identity.uscc && isValidUscc(identity.uscc)) {
    const ids = [...new Set(await deps.byUscc(normalizeUscc(identity.uscc)))];
    if (ids.length === 1) return { status: 'uscc', customerId: ids[0], candidates: [] };
    if (ids.length > 1) return { status: 'ambiguous', candidates: exactCandidates(ids, 'uscc') };
  }

  const key = identity.name ? normalizeName(identity.name) : '';
  if (key) {
    const ids = [...new Set(await deps.byNormalizedName(key))];
    if (ids.length === 1) return { status: 'exact', customerId: ids[0], candidates: [] };
    if (ids.length > 1) return { status: 'ambiguous', candidates: exactCandidates(ids, 'exact') };
  }

  const candidates = mergeCandidates([
    ...emailCandidates(identity.emails ?? [], deps.emails),
    ...(identity.name ? await deps.suggest(identity.name, limit) : []),
  ]).slice(0, limit);
  return candidates.length > 0 ? { status: 'ambiguous', candidates } : { status: 'none', candidates: [] };
}

/** A known contact is strong evidence, a shared company domain weaker. */
function emailCandidates(emails: string[], lookup: EmailLookup | undefined): Suggestion[] {
  if (!lookup || emails.length === 0) return [];
  return matchByEmail(emails, lookup).perAddress.flatMap((a) =>
    a.via === 'none'
      ? []
      : a.customerIds.map((customerId) => ({
          customerId,
          score: a.via === 'contact' ? 0.9 : 0.6,
          reason: a.via === 'contact' ? ('email-contact' as const) : ('email-domain' as const),
        })),
  );
}

/** One candidate per customer, keeping its best score; stable for equal scores. */
function mergeCandidates(list: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const s of list) {
    const current = best.get(s.customerId);
    if (!current || s.score > current.score) best.set(s.customerId, s);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
