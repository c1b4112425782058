import type { Invoice } from 'shared/ledger';
import { toCustomerRow } from 'shared/db';
import { lookupSummary } from 'shared/search';
import { customerView } from 'shared/view';
import { describe, expect, it } from 'vitest';

function invoice(id: string, dueDate: string, open: number, currency = 'CNY', extra: Partial<Invoice> = {}): Invoice {
  return { id, customerId: 'C1', number: id, kind: 'invoice', issueDate: '2026-08-01', dueDate, currency, amount: open, openAmount: open, ...extra };
}

const customer = toCustomerRow({
  id: 'C1',
  code: 'C0001',
  name: '北京星河科技有限公司',
  tier: 'A',
  emailDomains: [],
  creditLimit: { amount: 1_000_000, currency: 'CNY' },
});

describe('lookupSummary', () => {
  const invoices = [invoice('I1', '2026-10-01', 300_000), invoice('I2', '2026-12-01', 550_000), invoice('U1', '2026-11-01', 9_900, 'USD')];

  it('carries the credit figures of the customer view, the grade and the limit currency aging', () => {
    const s = lookupSummary({ customer, invoices }, 'initials', '2026-11-22');
    const view = customerView(customer, invoices, '2026-11-22');
    expect(s.credit).toEqual({
      status: view.credit.status,
      currency: 'CNY',
      limit: 1_000_000,
      exposure: 850_000,
      available: 150_000,
      utilisationBps: 8500,
    });
    expect(s.credit.status).toBe('near');
    expect(s.aging?.currency).toBe('CNY');
    expect(s.aging?.buckets.map((b) => b.amount)).toEqual([550_000, 0, 300_000, 0, 0]);
    expect(s.otherCurrencies).toEqual(['USD']);
    expect(s.worstDaysOverdue).toBe(52);
    expect(s.matchedOn).toBe('initials');
    expect(['A', 'B', 'C', 'D']).toContain(s.grade);
  });

  it('takes the risk override as the grade', () => {
    const riskOverride = { customerId: 'C1', grade: 'D' as const, reason: 'court case', by: 'cfo', at: 1 };
    expect(lookupSummary({ customer, invoices: [], riskOverride }, 'name', '2026-11-22').grade).toBe('D');
  });

  it('shows the largest open currency when nothing is open in the limit currency, and none when nothing is open', () => {
    const foreign = [invoice('U1', '2026-11-01', 1_000, 'USD'), invoice('E1', '2026-11-01', 5_000, 'EUR')];
    expect(lookupSummary({ customer, invoices: foreign }, 'name', '2026-11-22').aging?.currency).toBe('EUR');
    const none = lookupSummary({ customer, invoices: [] }, 'name', '2026-11-22');
    expect(none.aging).toBeNull();
    expect(none.credit).toMatchObject({ status: 'ok', available: 1_000_000, exposure: 0 });
  });

  it('has no limit figures for a customer without a limit', () => {
    const noLimit = toCustomerRow({ id: 'C2', name: 'X Ltd', tier: 'B', emailDomains: [] });
    const s = lookupSummary({ customer: noLimit, invoices: [invoice('I9', '2026-12-01', 100)] }, 'name', '2026-11-22');
    expect(s.credit.limit).toBeNull();
    expect(s.credit.available).toBeNull();
    expect(s.credit.utilisationBps).toBeNull();
  });
});
