import * as v from 'valibot';
import type { MessageText } from '../templates';

/**
 * Enterprise policy pushed by the browser's management (chrome.storage.managed). The integrator writes
 * MANAGED_POLICY_SCHEMA to the extension's `managed_schema.json` and points `storage.managed_schema` at it.
 */
export const MANAGED_POLICY_SCHEMA = {
  type: 'object',
  properties: {
    ruleFeedUrl: {
      title: 'Rule pack feed URL',
      description: 'HTTPS address of the company\'s signed rule pack (rules, calendar, phrase lists, templates).',
      type: 'string',
      pattern: '^https://',
    },
    ruleFeedPublicKey: {
      title: 'Rule pack public key',
      description: 'ECDSA P-256 public key that signs the rule pack, as base64 SPKI (DER).',
      type: 'string',
    },
    ruleFeedKeyId: {
      title: 'Rule pack key id',
      description: 'Key id the rule pack envelope must carry; packs under other key ids are refused.',
      type: 'string',
    },
    ruleFeedRefreshHours: {
      title: 'Rule pack refresh interval (hours)',
      description: 'How often the feed is checked, 1 to 168 hours. Default 24.',
      type: 'integer',
      minimum: 1,
      maximum: 168,
    },
    lockedProfile: {
      title: 'Compliance profile',
      description: 'Locks the compliance profile (CN, US or EU); users cannot change it.',
      type: 'string',
      enum: ['CN', 'US', 'EU'],
    },
    role: {
      title: 'User role',
      description: 'The role recorded in the audit log and deciding who may override a warning: sales, finance or legal.',
      type: 'string',
      enum: ['sales', 'finance', 'legal'],
    },
    allowRuleEditing: {
      title: 'Users may edit rules',
      description: 'When false, users cannot change compliance rules locally. Default true.',
      type: 'boolean',
    },
    allowTemplateEditing: {
      title: 'Users may edit templates',
      description: 'When false, users can only use built-in and company templates. Default true.',
      type: 'boolean',
    },
  },
} as const;

export type ManagedRole = 'sales' | 'finance' | 'legal';

/** The policy as parsed; an absent field means "not managed" (the user's own setting applies). */
export interface ManagedPolicy {
  ruleFeed?: { url: string; publicKey: string; keyId?: string; refreshHours: number };
  lockedProfile?: 'CN' | 'US' | 'EU';
  role?: ManagedRole;
  allowRuleEditing?: boolean;
  allowTemplateEditing?: boolean;
}

export interface PolicyIssue {
  key: string;
  message: MessageText;
}

const https = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/), v.minLength(40));
const FIELDS = {
  ruleFeedUrl: https,
  ruleFeedPublicKey: base64,
  ruleFeedKeyId: v.pipe(v.string(), v.minLength(1)),
  ruleFeedRefreshHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(168)),
  lockedProfile: v.picklist(['CN', 'US', 'EU']),
  role: v.picklist(['sales', 'finance', 'legal']),
  allowRuleEditing: v.boolean(),
  allowTemplateEditing: v.boolean(),
} as const;

type Fields = { [K in keyof typeof FIELDS]?: v.InferOutput<(typeof FIELDS)[K]> };

function invalid(key: string): PolicyIssue {
  return {
    key,
    message: {
      en: `The managed policy value "${key}" is not valid and is ignored.`,
      zh_CN: `管理策略中的“${key}”取值无效，已忽略。`,
    },
  };
}

/**
 * Reads whatever chrome.storage.managed returned. Never throws: each invalid field is dropped with an issue,
 * the valid ones still apply. The feed is configured only when URL and public key are both valid.
 */
export function parseManagedPolicy(input: unknown): { policy: ManagedPolicy; issues: PolicyIssue[] } {
  const issues: PolicyIssue[] = [];
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const f: Fields = {};
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (record[key] === undefined) continue;
    const parsed = v.safeParse(FIELDS[key], record[key]);
    if (parsed.success) (f as Record<string, unknown>)[key] = parsed.output;
    else issues.push(invalid(key));
  }
  const policy: ManagedPolicy = {};
  if (f.ruleFeedUrl && f.ruleFeedPublicKey) {
    policy.ruleFeed = {
      url: f.ruleFeedUrl,
      publicKey: f.ruleFeedPublicKey,
      refreshHours: f.ruleFeedRefreshHours ?? 24,
      ...(f.ruleFeedKeyId ? { keyId: f.ruleFeedKeyId } : {}),
    };
  } else if (f.ruleFeedUrl || f.ruleFeedPublicKey) {
    issues.push({
      key: f.ruleFeedUrl ? 'ruleFeedPublicKey' : 'ruleFeedUrl',
      message: {
        en: 'The rule feed needs both a URL and a public key; it stays off.',
        zh_CN: '规则源需要同时配置地址和公钥，目前未启用。',
      },
    });
  }
  if (f.lockedProfile) policy.lockedProfile = f.lockedProfile;
  if (f.role) policy.role = f.role;
  if (f.allowRuleEditing !== undefined) policy.allowRuleEditing = f.allowRuleEditing;
  if (f.allowTemplateEditing !== undefined) policy.allowTemplateEditing = f.allowTemplateEditing;
  return { policy, issues };
}
