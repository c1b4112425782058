import {
  type AuditEntry,
  type AuditEntryInput,
  appendEntry,
  auditToJson,
  entryHash,
  GENESIS_HASH,
  memoryAuditStore,
  verifyChain,
} from 'shared/audit';
import { describe, expect, it } from 'vitest';

function input(i: number): AuditEntryInput {
  return {
    time: 1_773_900_000_000 + i * 60_000,
    user: 'chen.jing',
    role: 'finance',
    customerId: `cust-${i % 3}`,
    invoices: [`INV-${i}`],
    channel: i % 2 ? 'email' : 'sms',
    action: 'copied',
    recipients: ['wang@example.cn'],
    template: { id: 'builtin.gentle.email.zh_CN', version: 1 },
    subject: `提醒 ${i}`,
    text: `尊敬的王经理：第 ${i} 条提醒`,
    verdict: { decision: i === 3 ? 'warn' : 'allow', ruleIds: i === 3 ? ['CN-C1'] : [] },
    ...(i === 3 ? { override: { by: 'li.lei', reason: '客户要求晚间发送' } } : {}),
  };
}

async function chainOf(n: number): Promise<AuditEntry[]> {
  const store = memoryAuditStore();
  for (let i = 1; i <= n; i++) await appendEntry(store, input(i));
  return store.entries;
}

const copy = (entries: AuditEntry[]): AuditEntry[] => structuredClone(entries);

describe('appendEntry', () => {
  it('numbers entries from 1 and links each to the previous hash, starting at the genesis hash', async () => {
    const entries = await chainOf(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    for (const e of entries) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(entries.map((e) => e.hash)).size).toBe(3);
  });

  it('hashes the canonical JSON of the entry without its hash (SHA-256 test vector)', async () => {
    const [first] = await chainOf(1);
    if (!first) throw new Error('no entry');
    expect(await entryHash(first)).toBe(first.hash);
    const { sha256Hex } = await import('shared/audit');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('retries after losing a race for the same seq', async () => {
    const store = memoryAuditStore();
    await appendEntry(store, input(1));
    const realLast = store.last.bind(store);
    let raced = false;
    store.last = async () => {
      const head = await realLast();
      if (!raced && head?.seq === 1) {
        raced = true;
        // Another tab appends between our read of the head and our write.
        await appendEntry({ last: realLast, put: store.put }, input(9));
      }
      return head;
    };
    const mine = await appendEntry(store, input(2));
    expect(mine.seq).toBe(3);
    expect(await verifyChain(store.entries)).toEqual({ ok: true, count: 3, head: { seq: 3, hash: mine.hash } });
  });

  it('refuses an override without a reason and a time that is not epoch ms', async () => {
    const store = memoryAuditStore();
    await expect(appendEntry(store, { ...input(1), override: { by: 'x', reason: ' ' } })).rejects.toThrow(RangeError);
    await expect(appendEntry(store, { ...input(1), time: 1.5 })).rejects.toThrow(RangeError);
    expect(store.entries).toEqual([]);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, from an array or an async iterable', async () => {
    const entries = await chainOf(5);
    const head = { seq: 5, hash: entries[4]?.hash ?? '' };
    expect(await verifyChain(entries)).toEqual({ ok: true, count: 5, head });
    async function* stream() {
      yield* entries;
    }
    expect(await verifyChain(stream(), { expectedHead: head })).toEqual({ ok: true, count: 5, head });
    expect(await verifyChain([])).toEqual({ ok: true, count: 0 });
    expect(await verifyChain([], { expectedHead: { seq: 0, hash: GENESIS_HASH } })).toEqual({ ok: true, count: 0 });
  });

  it('detects altered text', async () => {
    const entries = copy(await chainOf(5));
    const third = entries[2];
    if (!third) throw new Error('missing');
    third.text = '尊敬的王经理：已改动';
    expect(await verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 3, index: 2, reason: 'hash-mismatch', count: 2 });
  });

  it('detects an altered verdict or override', async () => {
    const entries = copy(await chainOf(5));
    const third = entries[2];
    if (!third) throw new Error('missing');
    third.override = undefined;
    expect(await verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash-mismatch' });
  });

  it('detects an altered hash', async () => {
    const entries = copy(await chainOf(5));
    const second = entries[1];
    if (!second) throw new Error('missing');
    second.hash = second.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(await verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash-mismatch' });
  });

  it('detects altered text whose hash was recomputed, at the next entry', async () => {
    const entries = copy(await chainOf(5));
    const second = entries[1];
    if (!second) throw new Error('missing');
    second.text = 'rewritten';
    second.hash = await entryHash(second);
    expect(await verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 3, index: 2, reason: 'prev-mismatch' });
  });

  it('detects a removed middle entry and a removed first entry', async () => {
    const entries = await chainOf(5);
    expect(await verifyChain([...entries.slice(0, 2), ...entries.slice(3)])).toMatchObject({
      ok: false,
      brokenAt: 4,
      index: 2,
      reason: 'seq-gap',
    });
    expect(await verifyChain(entries.slice(1))).toMatchObject({ ok: false, brokenAt: 2, index: 0, reason: 'seq-gap' });
  });

  it('cannot see a removed last entry from the entries alone, but does against the recorded head', async () => {
    const entries = await chainOf(5);
    const head = { seq: 5, hash: entries[4]?.hash ?? '' };
    const truncated = entries.slice(0, 4);
    expect(await verifyChain(truncated)).toMatchObject({ ok: true, count: 4 });
    expect(await verifyChain(truncated, { expectedHead: head })).toEqual({
      ok: false,
      brokenAt: 5,
      index: 4,
      reason: 'head-mismatch',
      count: 4,
    });
    expect(await verifyChain([], { expectedHead: head })).toMatchObject({ ok: false, reason: 'head-mismatch' });
  });

  it('detects an inserted entry, even one with a valid hash of its own', async () => {
    const entries = await chainOf(5);
    // A forged entry built on entry 2, then the original 3, 4, 5.
    const forgedStore = memoryAuditStore(entries.slice(0, 2));
    const forged = await appendEntry(forgedStore, { ...input(3), text: 'forged' });
    const tampered = [...entries.slice(0, 2), forged, ...entries.slice(2)];
    expect(await verifyChain(tampered)).toMatchObject({ ok: false, brokenAt: 3, index: 3, reason: 'reordered' });
    // Inserted with a fresh seq at the end of the numbering.
    const foreign = { ...forged, seq: 3, prevHash: entries[1]?.hash ?? '', text: 'x' };
    foreign.hash = await entryHash(foreign);
    expect(await verifyChain([...entries.slice(0, 2), foreign, ...entries.slice(3)])).toMatchObject({
      ok: false,
      brokenAt: 4,
      reason: 'prev-mismatch',
    });
  });

  it('catches a rewritten tail (every later entry re-hashed) only against the recorded head', async () => {
    const entries = await chainOf(5);
    const head = { seq: 5, hash: entries[4]?.hash ?? '' };
    const forger = memoryAuditStore(entries.slice(0, 2));
    for (let i = 3; i <= 5; i++) await appendEntry(forger, { ...input(i), text: `rewritten ${i}` });
    expect(await verifyChain(forger.entries)).toMatchObject({ ok: true, count: 5 });
    expect(await verifyChain(forger.entries, { expectedHead: head })).toMatchObject({ ok: false, reason: 'head-mismatch' });
  });

  it('detects reordered entries', async () => {
    const entries = await chainOf(5);
    const swapped = [entries[0], entries[2], entries[1], entries[3], entries[4]].filter((e) => e !== undefined);
    expect(await verifyChain(swapped)).toMatchObject({ ok: false, brokenAt: 3, index: 1, reason: 'reordered' });
    const reversed = [...entries].reverse();
    expect(await verifyChain(reversed)).toMatchObject({ ok: false, index: 0 });
  });

  it('detects a duplicated entry', async () => {
    const entries = await chainOf(4);
    const duplicated = [...entries.slice(0, 3), entries[2], entries[3]].filter((e) => e !== undefined);
    expect(await verifyChain(duplicated)).toMatchObject({ ok: false, brokenAt: 3, index: 3, reason: 'reordered' });
  });

  it('re-verifies a JSON export', async () => {
    const entries = await chainOf(4);
    const doc = JSON.parse(auditToJson(entries, 1_773_999_999_000)) as { entries: AuditEntry[] };
    expect(await verifyChain(doc.entries)).toMatchObject({ ok: true, count: 4 });
  });
});
