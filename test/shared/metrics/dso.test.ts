import { describe, expect, it } from 'vitest';
import {
  averageDaysLate,
  cei,
  creditSales,
  dsoCountback,
  dsoCountbackOf,
  dsoOf,
  dsoStandard,
  monthlySalesPeriods,
  periodDays,
} from 'shared/metrics';
import { creditNote, invoice } from '../aging/invoiceFactory';

describe('periods and sales', () => {
  it('counts inclusive days, leap years included', () => {
    expect(periodDays('2024-02-01', '2024-02-29')).toBe(29);
    expect(periodDays('2026-02-01', '2026-02-28')).toBe(28);
    expect(periodDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(periodDays('2026-03-01', '2026-03-01')).toBe(1);
  });

  it('nets credit notes out of credit sales, per currency, by issue date', () => {
    const invs = [
      invoice({ issueDate: '2026-01-31', dueDate: '2026-03-01', amount: 1000 }),
      invoice({ issueDate: '2026-02-01', dueDate: '2026-03-01', amount: 500 }),
      invoice({ issueDate: '2026-02-28', dueDate: '2026-03-01', amount: 70, currency: 'USD' }),
      creditNote({ issueDate: '2026-02-10', dueDate: '2026-02-10', openAmount: -100 }),
    ];
    expect(creditSales(invs, 'CNY', '2026-02-01', '2026-02-28')).toBe(400);
    expect(creditSales(invs, 'USD', '2026-02-01', '2026-02-28')).toBe(70);
  });
});

describe('DSO', () => {
  it('standard: AR / credit sales × days', () => {
    expect(dsoStandard(300, 900, 90)).toBe(30);
    expect(dsoStandard(300, 0, 90)).toBeNull();
    expect(dsoStandard(300, -5, 90)).toBeNull();
  });

  it('standard from the ledger on its date', () => {
    const invs = [
      invoice({ issueDate: '2026-01-15', dueDate: '2026-02-15', amount: 600, openAmount: 0 }),
      invoice({ issueDate: '2026-02-20', dueDate: '2026-03-20', amount: 300, openAmount: 300 }),
      invoice({ issueDate: '2025-12-20', dueDate: '2026-01-20', amount: 50, openAmount: 50 }),
    ];
    // AR 350 over sales 900 in the 90 days 2026-01-01..2026-03-31.
    expect(dsoOf(invs, 'CNY', '2026-01-01', '2026-03-31')).toBe(35);
  });

  it('countback absorbs receivables newest month first', () => {
    const periods = [
      { from: '2026-02-01', to: '2026-02-28', sales: 1000 },
      { from: '2026-03-01', to: '2026-03-31', sales: 1000 },
    ];
    expect(dsoCountback(1500, periods)).toEqual({ days: 31 + 14, complete: true });
    expect(dsoCountback(1000, periods)).toEqual({ days: 31, complete: true });
    expect(dsoCountback(0, periods)).toEqual({ days: 0, complete: true });
    expect(dsoCountback(2500, periods)).toEqual({ days: 59, complete: false });
    expect(dsoCountback(500, [{ from: '2026-03-01', to: '2026-03-31', sales: 0 }, ...periods.slice(0, 1)])).toEqual({
      days: 31 + 14,
      complete: true,
    });
  });

  it('builds calendar-month periods back from the as-of date', () => {
    expect(monthlySalesPeriods([], 'CNY', '2024-03-15', 3).map((p) => [p.from, p.to])).toEqual([
      ['2024-03-01', '2024-03-15'],
      ['2024-02-01', '2024-02-29'],
      ['2024-01-01', '2024-01-31'],
    ]);
    const invs = [
      invoice({ issueDate: '2024-03-05', dueDate: '2024-04-05', amount: 150, openAmount: 150 }),
      invoice({ issueDate: '2024-02-10', dueDate: '2024-03-10', amount: 290, openAmount: 145 }),
    ];
    // 295 open: March's 150 absorbs 15 days, then 145 of February's 290 → 29 × ½.
    expect(dsoCountbackOf(invs, 'CNY', '2024-03-15', 3)).toEqual({ days: 15 + 14.5, complete: true });
  });

  it('CEI = (begin + sales − end) / (begin + sales − end current) × 100', () => {
    expect(
      cei({ beginningReceivables: 1000, creditSales: 500, endingReceivables: 600, endingCurrent: 400 }),
    ).toBeCloseTo((900 / 1100) * 100, 10);
    expect(cei({ beginningReceivables: 1000, creditSales: 500, endingReceivables: 400, endingCurrent: 400 })).toBe(100);
    expect(cei({ beginningReceivables: 0, creditSales: 0, endingReceivables: 0, endingCurrent: 0 })).toBeNull();
  });
});

describe('averageDaysLate', () => {
  const invs = [
    invoice({ dueDate: '2024-02-28', paidDate: '2024-03-01', openAmount: 0, amount: 1 }), // 2 late (leap day)
    invoice({ dueDate: '2026-03-10', paidDate: '2026-03-04', openAmount: 0, amount: 1 }), // 6 early
    invoice({ dueDate: '2026-01-31', paidDate: '2026-03-02', openAmount: 0, amount: 1, currency: 'JPY' }), // 30 late
    invoice({ dueDate: '2026-01-31', openAmount: 5 }), // open: ignored
    invoice({ dueDate: '2026-01-31', paidDate: '2026-02-01', openAmount: 3, amount: 9 }), // partly paid: ignored
    creditNote({ dueDate: '2026-01-31', paidDate: '2026-03-01', openAmount: 0 }),
  ];

  it('averages late days of fully paid invoices, early payments counting as 0', () => {
    expect(averageDaysLate(invs)).toEqual({
      count: 3,
      averageDaysLate: 32 / 3,
      averageDaysFromDue: 26 / 3,
      maxDaysLate: 30,
    });
    expect(averageDaysLate(invs, { currency: 'JPY' }).averageDaysLate).toBe(30);
    expect(averageDaysLate(invs, { from: '2026-01-01', to: '2026-03-02' }).count).toBe(1);
    expect(averageDaysLate([])).toEqual({ count: 0, averageDaysLate: null, averageDaysFromDue: null, maxDaysLate: 0 });
  });
});
