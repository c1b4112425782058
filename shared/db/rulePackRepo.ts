import { packFor, type Profile, type RulePack } from '../compliance';
import type { CachedRulePack, FeedReason, RulePackCache } from '../feed/rulePack';
import { syncRulePack } from '../feed/rulePack';
import type { Instant } from '../ledger';
import type { MessageText, ReminderTemplate } from '../templates';
import type { ArLensDb } from './schema';

/** `db.documents` ids: the active feed pack (local rule cache), the user's feed settings, the last refresh. */
export const RULE_PACK_ACTIVE_ID = 'rulePack.active';
export const RULE_PACK_FEED_ID = 'rulePack.feed';
export const RULE_PACK_STATUS_ID = 'rulePack.status';

/** Where a company feed lives and the key its packs must be signed with. */
export interface RulePackFeedConfig {
  url: string;
  /** ECDSA P-256 public key: base64 SPKI or a JWK's JSON text. */
  publicKey: string;
  keyId?: string;
}

/** The outcome of the latest refresh attempt, for the options page. */
export interface RulePackStatus {
  attemptedAt: Instant;
  outcome: 'updated' | 'unchanged' | 'refused' | 'failed';
  /** Set for refused and failed refreshes; the previous pack stays active. */
  reason?: FeedReason;
  /** The version in force after the attempt (undefined: built-in packs). */
  activeVersion?: string;
}

function isCached(value: unknown): value is CachedRulePack {
  const c = value as Partial<CachedRulePack> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.source === 'string' &&
    typeof c.signature === 'string' &&
    typeof c.pack === 'object' &&
    c.pack !== null &&
    typeof c.pack.version === 'string' &&
    Array.isArray(c.pack.rules)
  );
}

/** The local rule cache over `db.documents`: the last good feed pack, replaced only by `applyRefresh`. */
export function dexieRulePackCache(db: ArLensDb): RulePackCache {
  return {
    async get() {
      const value = (await db.documents.get(RULE_PACK_ACTIVE_ID))?.value;
      return isCached(value) ? value : undefined;
    },
    async set(entry) {
      await db.transaction('rw', db.documents, async () => {
        const version = ((await db.documents.get(RULE_PACK_ACTIVE_ID))?.version ?? 0) + 1;
        await db.documents.put({ id: RULE_PACK_ACTIVE_ID, version, updatedAt: entry.fetchedAt, value: entry });
      });
    },
  };
}

export interface ActiveRulePack {
  pack: RulePack;
  origin: 'builtin' | 'feed';
  /** Present for a feed pack: source URL, key id, signature, ETag, when fetched. */
  cached?: CachedRulePack;
}

/**
 * The pack compliance checks use for a profile: the company feed's pack when it is for that profile (a feed
 * replaces the built-in pack of its own profile), else the built-in one.
 */
export async function activeRulePack(db: ArLensDb, profile: Profile): Promise<ActiveRulePack> {
  const cached = await dexieRulePackCache(db).get();
  if (cached && cached.pack.profile === profile) return { pack: cached.pack, origin: 'feed', cached };
  return { pack: packFor(profile), origin: 'builtin' };
}

/** Templates delivered with the active feed pack (none without a feed). */
export async function feedTemplates(db: ArLensDb): Promise<ReminderTemplate[]> {
  return (await dexieRulePackCache(db).get())?.pack.templates ?? [];
}

function isConfig(value: unknown): value is RulePackFeedConfig {
  const c = value as Partial<RulePackFeedConfig> | null;
  return typeof c === 'object' && c !== null && typeof c.url === 'string' && typeof c.publicKey === 'string';
}

export async function loadFeedConfig(db: ArLensDb): Promise<RulePackFeedConfig | undefined> {
  const value = (await db.documents.get(RULE_PACK_FEED_ID))?.value;
  return isConfig(value) ? value : undefined;
}

export interface FeedConfigProblem {
  field: 'url' | 'publicKey' | 'keyId';
  message: MessageText;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What is wrong with feed settings before they are saved (the feed itself checks again on every refresh). */
export function feedConfigProblems(config: RulePackFeedConfig): FeedConfigProblem[] {
  const problems: FeedConfigProblem[] = [];
  let url: URL | null = null;
  try {
    url = new URL(config.url.trim());
  } catch {
    url = null;
  }
  const secure = url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)));
  if (!secure || config.url.length > 2000) {
    problems.push({
      field: 'url',
      message: { en: 'Enter an address starting with https://.', zh_CN: '请输入以 https:// 开头的地址。' },
    });
  }
  const key = config.publicKey.trim();
  const jwk = key.startsWith('{');
  const base64 = /^[A-Za-z0-9+/\s]+={0,2}$/.test(key) && key.replace(/\s+/g, '').length >= 40;
  if (!(jwk || base64) || key.length > 4000) {
    problems.push({
      field: 'publicKey',
      message: {
        en: 'Paste the public key as base64 SPKI or as a JWK (JSON).',
        zh_CN: '请粘贴公钥（base64 SPKI 或 JWK JSON 格式）。',
      },
    });
  }
  if (config.keyId !== undefined && config.keyId.length > 200) {
    problems.push({ field: 'keyId', message: { en: 'At most 200 characters.', zh_CN: '最多 200 个字符。' } });
  }
  return problems;
}

/** Stores the user's feed settings; nothing is written when they have problems. */
export async function saveFeedConfig(db: ArLensDb, config: RulePackFeedConfig, now: Instant): Promise<FeedConfigProblem[]> {
  const clean: RulePackFeedConfig = { url: config.url.trim(), publicKey: config.publicKey.trim() };
  const keyId = config.keyId?.trim();
  if (keyId) clean.keyId = keyId;
  const problems = feedConfigProblems(clean);
  if (problems.length > 0) return problems;
  await db.transaction('rw', db.documents, async () => {
    const version = ((await db.documents.get(RULE_PACK_FEED_ID))?.version ?? 0) + 1;
    await db.documents.put({ id: RULE_PACK_FEED_ID, version, updatedAt: now, value: clean });
  });
  return [];
}

export async function loadRulePackStatus(db: ArLensDb): Promise<RulePackStatus | undefined> {
  const value = (await db.documents.get(RULE_PACK_STATUS_ID))?.value as Partial<RulePackStatus> | undefined;
  return typeof value?.attemptedAt === 'number' && typeof value.outcome === 'string' ? (value as RulePackStatus) : undefined;
}

/** A JWK given as JSON text is passed to WebCrypto as an object; base64 SPKI as it is. */
function publicKeyOf(text: string): JsonWebKey | string {
  if (!text.trim().startsWith('{')) return text;
  try {
    return JSON.parse(text) as JsonWebKey;
  } catch {
    return text;
  }
}

export interface RefreshOutcome {
  status: RulePackStatus;
  active: CachedRulePack | undefined;
}

/**
 * One refresh: asks the feed for a pack newer than the active one, stores it only when it is signed, valid and
 * newer (the last good pack survives everything else), and records the outcome with its reason.
 */
export async function refreshRulePackFromFeed(
  db: ArLensDb,
  config: RulePackFeedConfig,
  now: Instant,
  options: { timeoutMs?: number; retries?: number; backoffLimitMs?: number; fetch?: typeof fetch } = {},
): Promise<RefreshOutcome> {
  const cache = dexieRulePackCache(db);
  const before = await cache.get();
  const applied = await syncRulePack(
    cache,
    { url: config.url, publicKey: publicKeyOf(config.publicKey), ...(config.keyId ? { keyId: config.keyId } : {}), ...options },
    now,
  );
  const outcome: RulePackStatus['outcome'] = applied.changed
    ? 'updated'
    : applied.reason === undefined
      ? 'unchanged'
      : isRefusal(applied.reason.code)
        ? 'refused'
        : 'failed';
  const status: RulePackStatus = { attemptedAt: now, outcome };
  if (applied.reason) status.reason = applied.reason;
  const activeVersion = (applied.active ?? before)?.pack.version;
  if (activeVersion !== undefined) status.activeVersion = activeVersion;
  await db.transaction('rw', db.documents, async () => {
    const version = ((await db.documents.get(RULE_PACK_STATUS_ID))?.version ?? 0) + 1;
    await db.documents.put({ id: RULE_PACK_STATUS_ID, version, updatedAt: now, value: status });
  });
  return { status, active: applied.active };
}

const FAILURE_CODES = new Set(['insecure-url', 'bad-key', 'http-error', 'timeout', 'network']);
const isRefusal = (code: string) => !FAILURE_CODES.has(code);
