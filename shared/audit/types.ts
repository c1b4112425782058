import type { Instant } from '../ledger';

/** The channel a reminder went out on (same ids as shared/compliance). */
export type AuditChannel = 'email' | 'sms' | 'wechat' | 'phone' | 'letter';

/** What the user did with the reminder text. */
export type AuditAction = 'copied' | 'inserted' | 'draft-opened' | 'sent' | 'call-logged' | 'blocked';

export interface AuditVerdict {
  decision: 'allow' | 'warn' | 'block';
  /** Rule ids of the findings, in the order the verdict listed them. */
  ruleIds: string[];
}

export interface AuditOverride {
  /** Who overrode a warn/block verdict. */
  by: string;
  reason: string;
}

/** What the caller supplies; `seq`, `prevHash` and `hash` are added by `appendEntry`. */
export interface AuditEntryInput {
  /** When it happened (epoch ms), passed in by the caller. */
  time: Instant;
  user: string;
  role: string;
  customerId: string;
  customerName?: string;
  /** Invoice numbers the reminder is about. */
  invoices: string[];
  channel: AuditChannel;
  action: AuditAction;
  /** E-mail addresses, phone numbers or chat names. */
  recipients: string[];
  /** The template used, null for free text. An edit makes a new version, so this pins the exact wording. */
  template: { id: string; version: number } | null;
  subject?: string;
  /** The rendered text exactly as the user got it. */
  text: string;
  verdict: AuditVerdict;
  override?: AuditOverride;
}

export interface AuditEntry extends AuditEntryInput {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  /** `hash` of the previous entry; GENESIS_HASH for seq 1. */
  prevHash: string;
  /** Hex SHA-256 of canonicalJson(entry without `hash`). */
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Storage the chain is appended to. `put` must REJECT when an entry with the same seq exists (e.g. Dexie
 * `table.add` with `seq` as primary key): that is how two concurrent appends are detected, because the
 * SHA-256 (crypto.subtle) cannot run inside an IndexedDB transaction without it auto-committing.
 */
export interface AuditStore {
  last(): Promise<AuditEntry | undefined>;
  put(entry: AuditEntry): Promise<void>;
}

/** The head a verifier expects, kept apart from the entries (e.g. in settings) to detect a truncated tail. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export type ChainBreakReason = 'hash-mismatch' | 'prev-mismatch' | 'seq-gap' | 'reordered' | 'head-mismatch';

export type ChainVerification =
  | { ok: true; count: number; head?: ChainHead }
  | {
      ok: false;
      /** seq of the first entry found broken (for head-mismatch: the expected head's seq). */
      brokenAt: number;
      /** 0-based position of that entry in the input (for head-mismatch: the number of entries). */
      index: number;
      reason: ChainBreakReason;
      /** Entries read before the break was found (all of them for head-mismatch). */
      count: number;
    };
