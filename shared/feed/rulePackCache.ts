import type { Instant } from '../ledger';
import type { FeedReason, RefreshResult, RefreshRulePackOptions } from './rulePackFeed';
import { refreshRulePack } from './rulePackFeed';
import { comparePackVersions, type FeedRulePack } from './rulePackSchema';

/** The active company pack as the local rule cache keeps it, with what proves where it came from. */
export interface CachedRulePack {
  pack: FeedRulePack;
  etag?: string;
  /** Feed URL it came from. */
  source: string;
  keyId: string;
  /** The envelope's base64 signature and payload, so the pack can be re-verified later. */
  signature: string;
  payload: string;
  fetchedAt: Instant;
}

/** Storage of the active pack (the integrator implements it over Dexie or chrome.storage). */
export interface RulePackCache {
  get(): Promise<CachedRulePack | undefined>;
  set(entry: CachedRulePack): Promise<void>;
}

export interface AppliedRefresh {
  /** The pack in force after applying: the new one, or the last good one (undefined = built-in packs). */
  active: CachedRulePack | undefined;
  changed: boolean;
  /** Why nothing changed, for the options page (refused or failed refreshes). */
  reason?: FeedReason;
}

/**
 * Stores an `updated` result and leaves the cache alone on every other outcome, so the last good pack
 * survives bad signatures, malformed bodies, older versions, HTTP errors and timeouts. Re-checks the version
 * against what the cache holds now, so a slow refresh can never downgrade a pack stored meanwhile.
 */
export async function applyRefresh(cache: RulePackCache, result: RefreshResult, now: Instant): Promise<AppliedRefresh> {
  const active = await cache.get();
  if (result.kind === 'unchanged') return { active, changed: false };
  if (result.kind !== 'updated') return { active, changed: false, reason: result.reason };
  if (active && comparePackVersions(result.pack.version, active.pack.version) <= 0) return { active, changed: false };
  const entry: CachedRulePack = {
    pack: result.pack,
    source: result.source,
    keyId: result.envelope.keyId,
    signature: result.envelope.signature,
    payload: result.envelope.payload,
    fetchedAt: now,
    ...(result.etag === undefined ? {} : { etag: result.etag }),
  };
  await cache.set(entry);
  return { active: entry, changed: true };
}

/**
 * One refresh cycle: read the active pack, ask the feed for a newer one, apply the result.
 * `fallbackVersion` is the built-in pack's version, the floor when the cache is empty.
 */
export async function syncRulePack(
  cache: RulePackCache,
  options: Omit<RefreshRulePackOptions, 'current'>,
  now: Instant,
  fallbackVersion?: string,
): Promise<AppliedRefresh> {
  const active = await cache.get();
  const current = active
    ? { version: active.pack.version, ...(active.etag === undefined ? {} : { etag: active.etag }) }
    : fallbackVersion === undefined
      ? undefined
      : { version: fallbackVersion };
  const result = await refreshRulePack(current === undefined ? options : { ...options, current });
  return applyRefresh(cache, result, now);
}
