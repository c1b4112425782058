import { createCalendar, CN_CALENDAR_2026 } from 'shared/dates';
import { loadCustomerRecords, writeLedger } from 'shared/db';
import type { Invoice } from 'shared/ledger';
import { customerFullView } from 'shared/view';
import { describe, expect, it } from 'vitest';
import { testDb } from '../db/testDb';

function invoice(id: string, dueDate: string, open: number, extra: Partial<Invoice> = {}): Invoice {
  return { id, customerId: 'C1', number: id, kind: 'invoice', issueDate: '2026-08-01', dueDate, currency: 'CNY', amount: open, openAmount: open, ...extra };
}

describe('customer full view', () => {
  it('brings aging, credit, risk, dunning, open items, promises, disputes and history together', async () => {
    const db = testDb();
    await writeLedger(
      db,
      {
        customers: [{ id: 'C1', name: '杭州云帆贸易有限公司', tier: 'B', emailDomains: ['yunfan-trade.cn'], creditLimit: { amount: 1_000_000, currency: 'CNY' } }],
        invoices: [
          invoice('I1', '2026-10-01', 300_000),
          invoice('I2', '2026-11-15', 200_000),
          invoice('I3', '2026-09-01', 100_000, { disputed: true }),
          invoice('I4', '2026-12-20', 50_000),
        ],
        contacts: [{ id: 'K1', customerId: 'C1', name: '张伟', email: 'zhang.wei@yunfan-trade.cn' }],
        crmLinks: [],
      },
      'replace',
      1,
      'seed',
    );
    await db.promises.add({ id: 'P1', customerId: 'C1', invoiceIds: ['I2'], date: '2026-11-30', amount: { amount: 200_000, currency: 'CNY' }, createdAt: 1, createdBy: 'me' });
    const records = await loadCustomerRecords(db, 'C1');
    const view = customerFullView(records!, '2026-11-22', { calendar: createCalendar(CN_CALENDAR_2026) });

    expect(view.openInvoices.map((i) => i.id)).toEqual(['I3', 'I1', 'I2', 'I4']);
    expect(view.openInvoices.find((i) => i.id === 'I2')?.paused).toMatchObject({ kind: 'promise', promiseId: 'P1' });
    expect(view.openInvoices.find((i) => i.id === 'I3')?.paused).toMatchObject({ kind: 'dispute' });
    expect(view.promises[0]?.state).toBe('active');
    expect(view.worstDaysOverdue).toBe(52);
    expect(view.overdue).toEqual([{ amount: 500_000, currency: 'CNY' }]);
    expect(view.credit).toMatchObject({ status: 'ok', available: 350_000, utilisationBps: 6500 });
    expect(view.dunning.worstInvoiceId).toBe('I1');
    // I1 is 52 days past due on a tier-B plan: the +45 formal letter is the stage, +60 report to director next.
    expect(view.dunning.stage?.step.offsetDays).toBe(45);
    expect(view.dunning.next?.step.offsetDays).toBe(60);
    expect(['A', 'B', 'C', 'D']).toContain(view.risk.grade);
    expect(view.contacts).toHaveLength(1);
  });

  it('is undefined for an unknown customer', async () => {
    expect(await loadCustomerRecords(testDb(), 'nope')).toBeUndefined();
  });
});
