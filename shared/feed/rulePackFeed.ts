import ky, { isHTTPError, isTimeoutError } from 'ky';
import * as v from 'valibot';
import type { MessageText } from '../templates';
import { comparePackVersions, type FeedRulePack, isPackVersion, validateFeedRulePack } from './rulePackSchema';
import {
  base64ToBytes,
  importRulePackPublicKey,
  type SignedRulePackEnvelope,
  verifyRulePackSignature,
} from './rulePackSignature';

export type RulePackRefusalCode =
  | 'malformed-body'
  | 'missing-signature'
  | 'unknown-key'
  | 'bad-signature'
  | 'malformed-pack'
  | 'older-version'
  | 'too-large';
export type RulePackFailureCode = 'insecure-url' | 'bad-key' | 'http-error' | 'timeout' | 'network';

export interface FeedReason<Code extends string = RulePackRefusalCode | RulePackFailureCode> {
  code: Code;
  message: MessageText;
  /** Technical detail for the log (status code, validation errors); not translated. */
  detail?: string;
}

export type RefreshResult =
  | { kind: 'updated'; pack: FeedRulePack; etag?: string; envelope: SignedRulePackEnvelope; source: string }
  | { kind: 'unchanged' }
  /** The server answered, but what it sent must not be used. */
  | { kind: 'refused'; reason: FeedReason<RulePackRefusalCode> }
  /** Nothing usable arrived (network, timeout, HTTP error, configuration). */
  | { kind: 'failed'; reason: FeedReason<RulePackFailureCode> };

export interface RefreshRulePackOptions {
  /** The company's feed URL: https, or http only on the loopback interface (tests, local tools). */
  url: string;
  /** The company's P-256 public key: a JWK or base64 SPKI. */
  publicKey: JsonWebKey | string;
  /** When set, an envelope signed under another key id is refused. */
  keyId?: string;
  /** The active pack: its version (a newer one is required) and the ETag it came with. */
  current?: { version: string; etag?: string };
  /** Per-attempt timeout, default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt (network errors, timeouts, 408/429/5xx), default 2, exponential back-off. */
  retries?: number;
  /** Longest wait between retries, default 5 s. */
  backoffLimitMs?: number;
  /** Extra request headers (e.g. Authorization for a private feed). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Fetch implementation; the global fetch by default. */
  fetch?: typeof fetch;
}

const MAX_BODY_CHARS = 5_000_000;

const REFUSALS: Record<RulePackRefusalCode, MessageText> = {
  'malformed-body': {
    en: 'The rule feed sent something that is not a signed rule pack. The current rules stay active.',
    zh_CN: '规则源返回的内容不是签名规则包，继续使用当前规则。',
  },
  'missing-signature': {
    en: 'The rule pack from the feed is not signed. The current rules stay active.',
    zh_CN: '规则源提供的规则包没有签名，继续使用当前规则。',
  },
  'unknown-key': {
    en: 'The rule pack is signed with a key your company has not configured. The current rules stay active.',
    zh_CN: '规则包使用了未配置的密钥签名，继续使用当前规则。',
  },
  'bad-signature': {
    en: 'The rule pack signature is not valid: it may have been altered. The current rules stay active.',
    zh_CN: '规则包签名无效，内容可能被篡改，继续使用当前规则。',
  },
  'malformed-pack': {
    en: 'The signed rule pack is incomplete or invalid. The current rules stay active.',
    zh_CN: '签名规则包内容不完整或无效，继续使用当前规则。',
  },
  'older-version': {
    en: 'The feed offered an older rule pack than the one in use. The current rules stay active.',
    zh_CN: '规则源提供的规则包版本低于当前版本，继续使用当前规则。',
  },
  'too-large': {
    en: 'The rule pack from the feed is too large. The current rules stay active.',
    zh_CN: '规则源提供的规则包过大，继续使用当前规则。',
  },
};

const FAILURES: Record<RulePackFailureCode, MessageText> = {
  'insecure-url': {
    en: 'The rule feed address must start with https://.',
    zh_CN: '规则源地址必须以 https:// 开头。',
  },
  'bad-key': {
    en: 'The configured public key for the rule feed cannot be read.',
    zh_CN: '无法读取规则源配置的公钥。',
  },
  'http-error': {
    en: 'The rule feed answered with an error. The current rules stay active; it will be tried again later.',
    zh_CN: '规则源返回错误，继续使用当前规则，稍后将重试。',
  },
  timeout: {
    en: 'The rule feed did not answer in time. The current rules stay active; it will be tried again later.',
    zh_CN: '规则源响应超时，继续使用当前规则，稍后将重试。',
  },
  network: {
    en: 'The rule feed could not be reached. The current rules stay active; it will be tried again later.',
    zh_CN: '无法连接规则源，继续使用当前规则，稍后将重试。',
  },
};

const refused = (code: RulePackRefusalCode, detail?: string): RefreshResult => ({
  kind: 'refused',
  reason: detail === undefined ? { code, message: REFUSALS[code] } : { code, message: REFUSALS[code], detail },
});
const failed = (code: RulePackFailureCode, detail?: string): RefreshResult => ({
  kind: 'failed',
  reason: detail === undefined ? { code, message: FAILURES[code] } : { code, message: FAILURES[code], detail },
});

function secureUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:') return u;
    const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
    return u.protocol === 'http:' && loopback ? u : null;
  } catch {
    return null;
  }
}

const EnvelopeShape = v.object({ payload: v.string(), signature: v.optional(v.string()), keyId: v.optional(v.string()) });

async function fetchText(
  url: URL,
  o: RefreshRulePackOptions,
): Promise<{ status: 304 } | { status: 200; text: string; etag?: string } | RefreshResult> {
  const headers: Record<string, string> = { Accept: 'application/json', ...o.headers };
  if (o.current?.etag) headers['If-None-Match'] = o.current.etag;
  try {
    const response = await ky.get(url, {
      headers,
      timeout: o.timeoutMs ?? 10_000,
      retry: {
        limit: o.retries ?? 2,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: o.backoffLimitMs ?? 5_000,
        retryOnTimeout: true,
      },
      // 304 is an answer, not an error; everything else outside 2xx throws (and is retried when transient).
      throwHttpErrors: (status) => status !== 304,
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.fetch ? { fetch: o.fetch } : {}),
    });
    if (response.status === 304) return { status: 304 };
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_CHARS * 4) return refused('too-large', `content-length ${declared}`);
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) return refused('too-large', `${text.length} characters`);
    const etag = response.headers.get('etag') ?? undefined;
    return etag === undefined ? { status: 200, text } : { status: 200, text, etag };
  } catch (error) {
    if (isHTTPError(error)) return failed('http-error', `HTTP ${error.response.status}`);
    if (isTimeoutError(error)) return failed('timeout');
    return failed('network', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Fetches the company's signed rule pack and decides whether it may replace the active one. Never throws and
 * never stores anything: apply the result with `applyRefresh`, which keeps the last good pack on every
 * outcome but `updated`. Checks, in order: https, HTTP status (304 → unchanged), envelope shape, signature
 * present, key id, signature valid over the payload bytes, payload JSON, pack shape (validateRulePack +
 * templates), version strictly newer than `current` (same version → unchanged).
 */
export async function refreshRulePack(options: RefreshRulePackOptions): Promise<RefreshResult> {
  const url = secureUrl(options.url);
  if (!url) return failed('insecure-url', options.url);
  let key: CryptoKey;
  try {
    key = await importRulePackPublicKey(options.publicKey);
  } catch (error) {
    return failed('bad-key', error instanceof Error ? error.message : String(error));
  }

  const fetched = await fetchText(url, options);
  if ('kind' in fetched) return fetched;
  if (fetched.status === 304) return { kind: 'unchanged' };

  let body: unknown;
  try {
    body = JSON.parse(fetched.text);
  } catch {
    return refused('malformed-body', 'not JSON');
  }
  const shape = v.safeParse(EnvelopeShape, body);
  if (!shape.success) return refused('malformed-body', 'expected { payload, signature, keyId }');
  const { payload, signature, keyId } = shape.output;
  if (!signature) return refused('missing-signature');
  if (options.keyId !== undefined && keyId !== options.keyId) return refused('unknown-key', `keyId ${keyId ?? '(none)'}`);
  const payloadBytes = base64ToBytes(payload);
  if (!payloadBytes) return refused('malformed-body', 'payload is not base64');
  const signatureBytes = base64ToBytes(signature);
  if (!signatureBytes || !(await verifyRulePackSignature(payloadBytes, signatureBytes, key))) return refused('bad-signature');

  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return refused('malformed-pack', 'payload is not UTF-8 JSON');
  }
  const validation = validateFeedRulePack(decoded);
  if (!validation.ok) return refused('malformed-pack', validation.errors.slice(0, 10).join('; '));
  const pack = validation.pack;

  const current = options.current?.version;
  if (current !== undefined && isPackVersion(current)) {
    const order = comparePackVersions(pack.version, current);
    if (order < 0) return refused('older-version', `${pack.version} < ${current}`);
    if (order === 0) return { kind: 'unchanged' };
  }
  const envelope: SignedRulePackEnvelope = { payload, signature, keyId: keyId ?? '' };
  const result: RefreshResult = { kind: 'updated', pack, envelope, source: url.href };
  return fetched.etag === undefined ? result : { ...result, etag: fetched.etag };
}
