import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingOf, portfolioAging } from 'shared/aging';
import { arbDate, arbInvoice, invoice } from './invoiceFactory';

describe('portfolioAging', () => {
  const invoices = [
    invoice({ customerId: 'a', dueDate: '2026-01-01', openAmount: 100 }),
    invoice({ customerId: 'a', dueDate: '2026-02-25', openAmount: 50, currency: 'USD' }),
    invoice({ customerId: 'b', dueDate: '2025-10-01', openAmount: 70 }),
    invoice({ customerId: 'c', dueDate: '2026-02-28', openAmount: 30 }),
    invoice({ customerId: 'd', dueDate: '2025-01-01', openAmount: 0, paidDate: '2025-01-02' }),
  ];
  const owners: Record<string, string> = { a: 'Li', b: 'Wang', c: 'Li' };

  it('ages the whole portfolio per currency and per customer, worst first', () => {
    const p = portfolioAging(invoices, '2026-03-01');
    expect(p.currencies.map((c) => [c.currency, c.open])).toEqual([
      ['CNY', 200],
      ['USD', 50],
    ]);
    expect(p.customerCount).toBe(3);
    expect(p.customers.map((c) => c.customerId)).toEqual(['b', 'a', 'c']);
    expect(p.owners).toBeUndefined();
  });

  it('groups by customer owner when asked, no-owner last', () => {
    const p = portfolioAging(
      [...invoices, invoice({ customerId: 'e', dueDate: '2026-01-01', openAmount: 1 })],
      '2026-03-01',
      undefined,
      {
        ownerOf: (id) => owners[id],
      },
    );
    expect(p.owners!.map((o) => [o.owner, o.customerIds, o.currencies.map((c) => `${c.currency}:${c.open}`)])).toEqual([
      ['Li', ['a', 'c'], ['CNY:130', 'USD:50']],
      ['Wang', ['b'], ['CNY:70']],
      [null, ['e'], ['CNY:1']],
    ]);
    expect(p.customers.find((c) => c.customerId === 'a')!.owner).toBe('Li');
  });
});

describe('aging properties', () => {
  it('bucket totals (with the disputed block and credits apart) always sum to the open total per currency', () => {
    fc.assert(
      fc.property(fc.array(arbInvoice, { maxLength: 60 }), arbDate, (invoices, asOf) => {
        const aging = agingOf(invoices, asOf);
        for (const c of aging.currencies) {
          const items = invoices.filter((i) => i.currency === c.currency && i.openAmount !== 0);
          const main = c.buckets.reduce((s, b) => s + b.amount, 0);
          const disputed = c.disputed.buckets.reduce((s, b) => s + b.amount, 0);
          expect(main).toBe(c.receivable);
          expect(disputed).toBe(c.disputed.amount);
          expect(main + disputed + c.unappliedCredit).toBe(c.open);
          expect(c.open).toBe(items.reduce((s, i) => s + i.openAmount, 0));
          const counted = c.buckets.reduce((s, b) => s + b.count, 0) + c.disputed.count + c.creditCount;
          expect(counted).toBe(c.count);
          expect(c.count).toBe(items.length);
          expect(c.overdue).toBeGreaterThanOrEqual(0);
          expect(c.unappliedCredit).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('the portfolio equals the sum of its customers, exactly, per currency', () => {
    fc.assert(
      fc.property(fc.array(arbInvoice, { maxLength: 60 }), arbDate, (invoices, asOf) => {
        const p = portfolioAging(invoices, asOf, undefined, { ownerOf: (id) => (id === 'c1' ? 'x' : undefined) });
        for (const c of p.currencies) {
          const fromCustomers = p.customers
            .flatMap((row) => row.aging.currencies)
            .filter((x) => x.currency === c.currency)
            .reduce((s, x) => s + x.open, 0);
          const fromOwners = p.owners!.flatMap((o) => o.currencies).filter((x) => x.currency === c.currency);
          expect(fromCustomers).toBe(c.open);
          expect(fromOwners.reduce((s, x) => s + x.open, 0)).toBe(c.open);
        }
      }),
    );
  });
});
