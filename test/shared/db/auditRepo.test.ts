import type { AuditEntryInput } from 'shared/audit';
import { AUDIT_HEAD_KEY, appendAudit, dexieAuditStore, exportAuditLog, listAuditEntries, recordedHead, verifyAuditLog } from 'shared/db/auditRepo';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

const T0 = Date.UTC(2026, 2, 16, 2, 0);

function input(over: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    time: T0,
    user: '张三',
    role: 'finance',
    customerId: 'C0001',
    invoices: ['INV-1'],
    channel: 'email',
    action: 'copied',
    recipients: ['wang.li@xinghe-tech.com.cn'],
    template: { id: 'builtin.gentle.email.zh_CN', version: 1 },
    text: '尊敬的王丽：您好！',
    verdict: { decision: 'allow', ruleIds: [] },
    ...over,
  };
}

describe('dexie audit store', () => {
  it('chains appends and records the head in db.meta', async () => {
    const db = testDb();
    const a = await appendAudit(db, input());
    const b = await appendAudit(db, input({ time: T0 + 1000, customerId: 'C0002' }));
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(b.prevHash).toBe(a.hash);
    expect(await recordedHead(db)).toEqual({ seq: 2, hash: b.hash });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: 2 });
  });

  it('refuses a second entry with a taken seq', async () => {
    const db = testDb();
    const a = await appendAudit(db, input());
    await expect(dexieAuditStore(db).put({ ...a, text: 'forged' })).rejects.toThrow();
    expect(await db.audit.count()).toBe(1);
  });

  it('keeps the chain whole under concurrent appends', async () => {
    const db = testDb();
    await Promise.all(Array.from({ length: 6 }, (_, i) => appendAudit(db, input({ time: T0 + i }))));
    const v = await verifyAuditLog(db);
    expect(v).toMatchObject({ ok: true, count: 6 });
  });

  it('detects a truncated tail, an altered entry and a removed middle entry', async () => {
    const db = testDb();
    for (let i = 0; i < 4; i++) await appendAudit(db, input({ time: T0 + i }));
    await db.audit.delete(4);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, reason: 'head-mismatch', brokenAt: 4 });

    const db2 = testDb();
    for (let i = 0; i < 4; i++) await appendAudit(db2, input({ time: T0 + i }));
    await db2.audit.update(2, { text: 'changed' });
    expect(await verifyAuditLog(db2)).toMatchObject({ ok: false, reason: 'hash-mismatch', brokenAt: 2 });
    await db2.audit.delete(3);
    expect(await verifyAuditLog(db2)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('reports an empty log as intact, and a wiped log with a recorded head as truncated', async () => {
    const db = testDb();
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: 0 });
    await appendAudit(db, input());
    await db.audit.clear();
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, reason: 'head-mismatch' });
    expect((await db.meta.get(AUDIT_HEAD_KEY))?.value).toMatchObject({ seq: 1 });
  });
});

describe('listing and export', () => {
  async function filled() {
    const db = testDb();
    await appendAudit(db, input({ time: T0, customerId: 'C0001', channel: 'email', user: 'a' }));
    await appendAudit(db, input({ time: T0 + 10, customerId: 'C0002', channel: 'sms', user: 'b' }));
    await appendAudit(db, input({ time: T0 + 20, customerId: 'C0001', channel: 'phone', user: 'b' }));
    await appendAudit(db, input({ time: T0 + 30, customerId: 'C0001', channel: 'email', user: 'a', text: '=HYPERLINK("x")' }));
    return db;
  }

  it('filters by customer, time range, channel and user, latest first', async () => {
    const db = await filled();
    expect((await listAuditEntries(db, { customerId: 'C0001' })).map((e) => e.seq)).toEqual([4, 3, 1]);
    expect((await listAuditEntries(db, { from: T0 + 10, to: T0 + 30 })).map((e) => e.seq)).toEqual([3, 2]);
    expect((await listAuditEntries(db, { channel: 'email' })).map((e) => e.seq)).toEqual([4, 1]);
    expect((await listAuditEntries(db, { user: 'b', customerId: 'C0001' })).map((e) => e.seq)).toEqual([3]);
    expect((await listAuditEntries(db, { limit: 2 })).map((e) => e.seq)).toEqual([4, 3]);
  });

  it('exports JSON that verifies again and CSV with formula cells neutralised', async () => {
    const db = await filled();
    const json = JSON.parse(await exportAuditLog(db, 'json', {}, T0 + 99));
    expect(json.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    const { verifyChain } = await import('shared/audit');
    expect(await verifyChain(json.entries)).toMatchObject({ ok: true, count: 4 });
    const csv = await exportAuditLog(db, 'csv', { customerId: 'C0001' }, T0);
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
