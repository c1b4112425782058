import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceiFromSnapshots,
  dsoFromSnapshots,
  dsoTrend,
  overdueTrend,
  type PortfolioSnapshot,
  snapshotOf,
  snapshotOn,
} from 'shared/metrics';
import { arbDate, arbInvoice, creditNote, invoice } from '../aging/invoiceFactory';

const snap = (date: string, open: number, overdue: number, currency = 'CNY'): PortfolioSnapshot => ({
  date,
  currency,
  open,
  overdue,
  buckets: [open - overdue, overdue, 0, 0, 0],
  invoiceCount: 1,
  disputed: 0,
  unappliedCredit: 0,
});

describe('snapshotOf', () => {
  it('gives one row per currency with disputed receivables in the buckets and credits apart', () => {
    const rows = snapshotOf(
      [
        invoice({ dueDate: '2026-03-01', openAmount: 100 }),
        invoice({ dueDate: '2026-01-01', openAmount: 40, disputed: true }),
        creditNote({ dueDate: '2026-01-01', openAmount: -30 }),
        invoice({ dueDate: '2026-02-20', openAmount: 5000, currency: 'JPY' }),
      ],
      '2026-03-01',
    );
    expect(rows).toEqual([
      {
        date: '2026-03-01',
        currency: 'CNY',
        open: 110,
        overdue: 40,
        buckets: [100, 0, 40, 0, 0],
        invoiceCount: 3,
        disputed: 40,
        unappliedCredit: -30,
      },
      {
        date: '2026-03-01',
        currency: 'JPY',
        open: 5000,
        overdue: 5000,
        buckets: [0, 5000, 0, 0, 0],
        invoiceCount: 1,
        disputed: 0,
        unappliedCredit: 0,
      },
    ]);
  });

  it('always balances: sum(buckets) + unapplied credit = open', () => {
    fc.assert(
      fc.property(fc.array(arbInvoice, { maxLength: 40 }), arbDate, (invoices, date) => {
        for (const s of snapshotOf(invoices, date)) {
          expect(s.buckets.reduce((a, b) => a + b, 0) + s.unappliedCredit).toBe(s.open);
          expect(s.overdue).toBe(s.buckets.slice(1).reduce((a, b) => a + b, 0));
        }
      }),
    );
  });

  it('finds the latest snapshot on or before a date', () => {
    const list = [snap('2026-03-01', 1, 0), snap('2026-03-03', 2, 0), snap('2026-03-02', 9, 0, 'USD')];
    expect(snapshotOn(list, 'CNY', '2026-03-02')?.open).toBe(1);
    expect(snapshotOn(list, 'CNY', '2026-02-28')).toBeNull();
  });
});

describe('trends', () => {
  it('reads overdue per currency over time, sorted and de-duplicated by date', () => {
    const trend = overdueTrend([
      snap('2026-03-03', 1000, 300),
      snap('2026-03-01', 1000, 100),
      snap('2026-03-02', 1000, 150),
      snap('2026-03-02', 1000, 200),
      snap('2026-03-01', 50, 50, 'USD'),
    ]);
    expect(trend.map((t) => t.currency)).toEqual(['CNY', 'USD']);
    const cny = trend[0]!;
    expect(cny.points.map((p) => [p.date, p.overdue, p.overdueShareBps])).toEqual([
      ['2026-03-01', 100, 1000],
      ['2026-03-02', 200, 2000],
      ['2026-03-03', 300, 3000],
    ]);
    expect(cny).toMatchObject({ change: 200, direction: 'up', slopePerDay: 100 });
    expect(trend[1]).toMatchObject({ change: 0, direction: 'flat', slopePerDay: 0 });
    expect(overdueTrend([snap('2026-03-01', 10, 9), snap('2026-03-05', 0, 0)])[0]).toMatchObject({
      direction: 'down',
      slopePerDay: -9 / 4,
    });
    expect(overdueTrend([snap('2026-03-01', 0, 0)])[0]!.points[0]!.overdueShareBps).toBeNull();
  });

  const sales = [
    invoice({ issueDate: '2026-02-10', dueDate: '2026-03-10', amount: 600, openAmount: 0 }),
    invoice({ issueDate: '2026-03-05', dueDate: '2026-04-05', amount: 300, openAmount: 300 }),
  ];

  it('computes DSO from the snapshot at period end and the sales in the period', () => {
    const snaps = [snap('2026-02-28', 450, 0), snap('2026-03-30', 300, 0)];
    // 2026-02-01..2026-03-31: 59 days, sales 900, AR on 03-30 (latest ≤ 03-31) 300.
    expect(dsoFromSnapshots(snaps, sales, 'CNY', '2026-02-01', '2026-03-31')).toBeCloseTo((300 / 900) * 59, 10);
    expect(dsoFromSnapshots(snaps, sales, 'CNY', '2026-01-01', '2026-01-31')).toBeNull();
    expect(dsoTrend(snaps, sales, 'CNY', 30)).toEqual([
      { date: '2026-02-28', dso: (450 / 600) * 30 },
      { date: '2026-03-30', dso: (300 / 300) * 30 },
    ]);
  });

  it('computes CEI from the snapshots before and at the end of the period', () => {
    const snaps = [snap('2026-02-28', 1000, 200), snap('2026-03-31', 600, 200)];
    // begin 1000, sales 300 (issued in March), end 600 of which 400 current → (1300 − 600) / (1300 − 400).
    expect(ceiFromSnapshots(snaps, sales, 'CNY', '2026-03-01', '2026-03-31')).toBeCloseTo((700 / 900) * 100, 10);
    expect(ceiFromSnapshots(snaps, sales, 'CNY', '2026-02-01', '2026-02-28')).toBeNull();
  });
});
