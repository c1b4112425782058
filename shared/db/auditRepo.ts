import {
  type AuditChannel,
  type AuditEntry,
  type AuditEntryInput,
  type AuditStore,
  type ChainHead,
  type ChainVerification,
  GENESIS_HASH,
  appendEntry,
  auditToCsv,
  auditToJson,
  verifyChain,
} from '../audit';
import type { Instant } from '../ledger';
import type { ArLensDb } from './schema';

/** `db.meta` key of the chain head recorded with every append: removing entries from the end shows against it. */
export const AUDIT_HEAD_KEY = 'auditHead';

function isHead(value: unknown): value is ChainHead {
  const v = value as Partial<ChainHead> | undefined;
  return typeof v?.seq === 'number' && typeof v.hash === 'string';
}

/** The head recorded by the last append; the empty chain's head when nothing was ever appended. */
export async function recordedHead(db: ArLensDb): Promise<ChainHead> {
  const value = (await db.meta.get(AUDIT_HEAD_KEY))?.value;
  return isHead(value) ? value : { seq: 0, hash: GENESIS_HASH };
}

/**
 * The audit chain over Dexie. `put` uses `table.add`, so a second append with the same seq (another tab, the
 * background) is refused and `appendEntry` retries on the new head. The entry and the head are written in one
 * transaction; the head only ever moves forward.
 */
export function dexieAuditStore(db: ArLensDb): AuditStore {
  return {
    last: () => db.audit.orderBy('seq').last(),
    put: (entry) =>
      db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(entry);
        const head = await recordedHead(db);
        if (entry.seq > head.seq) await db.meta.put({ key: AUDIT_HEAD_KEY, value: { seq: entry.seq, hash: entry.hash } });
      }),
  };
}

const queues = new WeakMap<ArLensDb, Promise<unknown>>();

/**
 * Appends one entry to the database's audit chain. Appends from this context run one after another (the
 * store's seq check and retry still cover other contexts writing at the same time).
 */
export function appendAudit(db: ArLensDb, input: AuditEntryInput): Promise<AuditEntry> {
  const before = queues.get(db) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(() => appendEntry(dexieAuditStore(db), input));
  queues.set(db, next);
  return next;
}

/** Checks every entry in seq order and the recorded head (so a truncated tail is reported too). */
export async function verifyAuditLog(db: ArLensDb): Promise<ChainVerification> {
  const entries = await db.audit.orderBy('seq').toArray();
  return verifyChain(entries, { expectedHead: await recordedHead(db) });
}

export interface AuditFilter {
  customerId?: string;
  /** Inclusive lower bound on `time`. */
  from?: Instant;
  /** Exclusive upper bound on `time`. */
  to?: Instant;
  channel?: AuditChannel;
  user?: string;
  /** At most this many entries (the latest ones). */
  limit?: number;
}

/** Entries matching every given condition, latest first. Uses the customer index, else the time index. */
export async function listAuditEntries(db: ArLensDb, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const { customerId, from, to, channel, user, limit } = filter;
  const inTime = (e: AuditEntry) => (from === undefined || e.time >= from) && (to === undefined || e.time < to);
  const rest = (e: AuditEntry) => inTime(e) && (channel === undefined || e.channel === channel) && (user === undefined || e.user === user);
  const base =
    customerId !== undefined
      ? db.audit.where('customerId').equals(customerId)
      : from !== undefined || to !== undefined
        ? db.audit.where('time').between(from ?? 0, to ?? Number.MAX_SAFE_INTEGER, true, false)
        : db.audit.toCollection();
  const rows = await base.filter(rest).toArray();
  // Newest first by seq: the chain order, which is also the time order of appends.
  rows.sort((a, b) => b.seq - a.seq);
  return limit === undefined ? rows : rows.slice(0, limit);
}

/** The filtered log as CSV (formula-safe, for reading) or JSON (complete, for re-verification), in seq order. */
export async function exportAuditLog(db: ArLensDb, format: 'csv' | 'json', filter: AuditFilter, exportedAt: Instant): Promise<string> {
  const entries = (await listAuditEntries(db, filter)).reverse();
  return format === 'csv' ? auditToCsv(entries) : auditToJson(entries, exportedAt);
}
