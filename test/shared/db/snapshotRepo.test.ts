import type { Invoice } from 'shared/ledger';
import { ensureSnapshot, hasSnapshot, snapshotsBetween, writeSnapshot } from 'shared/db/snapshotRepo';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

function invoice(id: string, currency: string, dueDate: string, open: number): Invoice {
  return { id, customerId: 'C1', number: id, kind: 'invoice', issueDate: '2026-09-01', dueDate, currency, amount: open, openAmount: open };
}

describe('snapshot repository', () => {
  it('writes one row per currency for the day and replaces them when run again', async () => {
    const db = testDb();
    await db.invoices.bulkPut([invoice('I1', 'CNY', '2026-10-01', 500), invoice('I2', 'USD', '2026-12-01', 70)]);
    await writeSnapshot(db, '2026-11-22');
    await db.invoices.update('I1', { openAmount: 200 });
    await db.invoices.delete('I2');
    await writeSnapshot(db, '2026-11-22');
    const rows = await snapshotsBetween(db, '2026-11-22', '2026-11-22');
    expect(rows.map((r) => [r.currency, r.open, r.overdue])).toEqual([['CNY', 200, 200]]);
  });

  it('ensureSnapshot writes only when the day has none, and not for an empty ledger', async () => {
    const db = testDb();
    expect(await ensureSnapshot(db, '2026-11-22')).toBe(false);
    expect(await hasSnapshot(db, '2026-11-22')).toBe(false);
    await db.invoices.put(invoice('I1', 'CNY', '2026-10-01', 500));
    expect(await ensureSnapshot(db, '2026-11-22')).toBe(true);
    await db.invoices.update('I1', { openAmount: 1 });
    expect(await ensureSnapshot(db, '2026-11-22')).toBe(false);
    expect((await snapshotsBetween(db, '2026-11-01', '2026-11-30'))[0]!.open).toBe(500);
  });

  it('reads a series between two dates inclusive, ordered by date then currency', async () => {
    const db = testDb();
    await db.invoices.bulkPut([invoice('I1', 'USD', '2026-10-01', 5), invoice('I2', 'CNY', '2026-10-01', 9)]);
    for (const d of ['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']) await writeSnapshot(db, d);
    const rows = await snapshotsBetween(db, '2026-11-20', '2026-11-21');
    expect(rows.map((r) => `${r.date} ${r.currency}`)).toEqual([
      '2026-11-20 CNY',
      '2026-11-20 USD',
      '2026-11-21 CNY',
      '2026-11-21 USD',
    ]);
  });
});
