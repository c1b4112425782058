import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './digest';
import {
  type AuditEntry,
  type AuditEntryInput,
  type AuditStore,
  type ChainBreakReason,
  type ChainHead,
  type ChainVerification,
  GENESIS_HASH,
} from './types';

/** The hash an entry must carry: SHA-256 over the canonical JSON of every field except `hash`. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> | AuditEntry): Promise<string> {
  const { hash: _ignored, ...rest } = entry as AuditEntry;
  return sha256Hex(canonicalJson(rest));
}

function checkInput(input: AuditEntryInput): void {
  if (!Number.isSafeInteger(input.time) || input.time < 0) throw new RangeError('audit entry time must be epoch ms');
  if (input.override && input.override.reason.trim() === '') throw new RangeError('an override needs a reason');
}

const MAX_ATTEMPTS = 5;

/**
 * Appends an entry after the store's last one and returns what was stored. When `put` rejects because a
 * concurrent append took the same seq, it re-reads the head and tries again (up to 5 times).
 */
export async function appendEntry(store: AuditStore, input: AuditEntryInput): Promise<AuditEntry> {
  checkInput(input);
  for (let attempt = 1; ; attempt++) {
    const last = await store.last();
    const base: Omit<AuditEntry, 'hash'> = {
      ...input,
      seq: last ? last.seq + 1 : 1,
      prevHash: last ? last.hash : GENESIS_HASH,
    };
    const entry: AuditEntry = { ...base, hash: await entryHash(base) };
    try {
      await store.put(entry);
      return entry;
    } catch (error) {
      const now = await store.last();
      const lostRace = now !== undefined && now.seq >= entry.seq && now.hash !== entry.hash;
      if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function* asAsync(entries: Iterable<AuditEntry> | AsyncIterable<AuditEntry>): AsyncGenerator<AuditEntry> {
  yield* entries;
}

export interface VerifyOptions {
  /** The head recorded when the last entry was appended ({ seq: 0, hash: GENESIS_HASH } for an empty log); detects removal of entries from the end. */
  expectedHead?: ChainHead;
}

/**
 * Walks the chain in the given order and reports the FIRST broken entry.
 * Order of checks per entry: seq (gap or going backwards/duplicate = reordered), its own hash, then the link
 * to the previous entry. A seq jump followed by a smaller seq is reported as reordered, not as a gap.
 * Removal of trailing entries is invisible in the entries themselves: pass `expectedHead` to catch it.
 */
export async function verifyChain(
  entries: Iterable<AuditEntry> | AsyncIterable<AuditEntry>,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const iterator = asAsync(entries)[Symbol.asyncIterator]();
  let next = await iterator.next();
  let index = 0;
  let prev: AuditEntry | undefined;
  while (!next.done) {
    const entry = next.value;
    next = await iterator.next();
    const expectedSeq = prev ? prev.seq + 1 : 1;
    const broken = (reason: ChainBreakReason): ChainVerification => ({
      ok: false,
      brokenAt: entry.seq,
      index,
      reason,
      count: index,
    });
    if (entry.seq !== expectedSeq) {
      if (entry.seq < expectedSeq) return broken('reordered');
      const following = next.done ? undefined : next.value.seq;
      const missingOneComesLater = following !== undefined && following >= expectedSeq && following < entry.seq;
      return broken(missingOneComesLater ? 'reordered' : 'seq-gap');
    }
    if ((await entryHash(entry)) !== entry.hash) return broken('hash-mismatch');
    if (entry.prevHash !== (prev ? prev.hash : GENESIS_HASH)) return broken('prev-mismatch');
    prev = entry;
    index++;
  }
  const head = prev ? { seq: prev.seq, hash: prev.hash } : undefined;
  const expected = options.expectedHead;
  const actual = head ?? { seq: 0, hash: GENESIS_HASH };
  if (expected && (actual.seq !== expected.seq || actual.hash !== expected.hash)) {
    return { ok: false, brokenAt: expected.seq, index, reason: 'head-mismatch', count: index };
  }
  return head ? { ok: true, count: index, head } : { ok: true, count: index };
}
