import fc from 'fast-check';
import { agingOf } from 'shared/aging';
import { addDays } from 'shared/dates';
import { agingBars, dashboardOf, plotPoints, trendWindow, valueAxis } from 'shared/dashboard';
import type { Customer, Invoice } from 'shared/ledger';
import { type PortfolioSnapshot, snapshotOf } from 'shared/metrics';
import { describe, expect, it } from 'vitest';

const AS_OF = '2026-11-22';

function inv(id: string, customerId: string, dueDate: string, open: number, extra: Partial<Invoice> = {}): Invoice {
  return {
    id,
    customerId,
    number: id,
    kind: 'invoice',
    issueDate: addDays(dueDate, -30),
    dueDate,
    currency: 'CNY',
    amount: Math.max(open, 1),
    openAmount: open,
    ...extra,
  };
}

const customers: Customer[] = [
  { id: 'A', name: '甲公司', tier: 'A', owner: '张敏', emailDomains: [] },
  { id: 'B', name: 'B Ltd', tier: 'B', owner: 'Tom', emailDomains: [] },
  { id: 'C', name: '丙公司', tier: 'C', emailDomains: [] },
  { id: 'D', name: 'D GmbH', tier: 'B', owner: 'Tom', emailDomains: [] },
];

const invoices: Invoice[] = [
  inv('a1', 'A', addDays(AS_OF, -100), 50_000),
  inv('a2', 'A', addDays(AS_OF, 10), 20_000),
  inv('b1', 'B', addDays(AS_OF, -100), 90_000, { currency: 'USD' }),
  inv('b2', 'B', addDays(AS_OF, -5), 7_000, { currency: 'USD', disputed: true }),
  inv('c1', 'C', addDays(AS_OF, -40), 1_000),
  inv('c2', 'C', addDays(AS_OF, -1), -300, { kind: 'credit-note', amount: -300 }),
  inv('d1', 'D', addDays(AS_OF, 3), 8_000, { currency: 'EUR' }),
  inv('paid', 'D', addDays(AS_OF, -200), 0),
];

describe('aging bars', () => {
  it('put disputed items back into their buckets so segments plus credit equal open', () => {
    const bars = agingBars(agingOf(invoices, AS_OF).currencies);
    const usd = bars.find((b) => b.currency === 'USD')!;
    expect(usd.segments.find((s) => s.id === '1-30')).toEqual({ id: '1-30', amount: 7_000, count: 1 });
    expect(usd.disputed).toBe(7_000);
    expect(usd.overdue).toBe(97_000);
    const cny = bars.find((b) => b.currency === 'CNY')!;
    expect(cny.unappliedCredit).toBe(-300);
    expect(cny.open).toBe(70_700);
  });

  it('segments + unapplied credit = open for any ledger', () => {
    const arb = fc.array(
      fc.record({
        due: fc.integer({ min: -400, max: 100 }),
        open: fc.integer({ min: -10_000, max: 1_000_000 }),
        disputed: fc.boolean(),
        currency: fc.constantFrom('CNY', 'USD', 'JPY'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r, i) =>
          inv(`i${i}`, `C${i % 5}`, addDays(AS_OF, r.due), r.open, { currency: r.currency, disputed: r.disputed }),
        );
        for (const bar of agingBars(agingOf(list, AS_OF).currencies)) {
          const sum = bar.segments.reduce((a, s) => a + s.amount, 0);
          expect(sum + bar.unappliedCredit).toBe(bar.open);
        }
      }),
    );
  });
});

describe('dashboardOf', () => {
  it('ranks the worst customers by oldest overdue, then overdue amount, and skips those not overdue', () => {
    const extra = [...invoices, inv('x1', 'C', addDays(AS_OF, -100), 10)];
    const d = dashboardOf({ customers, invoices: extra, snapshots: [], asOf: AS_OF });
    // A and B are both 100 days late (B 90,000 USD, A 50,000 CNY); C is 100 days late with 10; D is not overdue.
    expect(d.worst.map((w) => w.customerId)).toEqual(['B', 'A', 'C']);
    expect(d.worst[0]).toMatchObject({ name: 'B Ltd', owner: 'Tom', oldestDaysOverdue: 100, overdue: [{ currency: 'USD', amount: 90_000 }] });
  });

  it('keeps at most ten worst customers', () => {
    const many = Array.from({ length: 25 }, (_, i) => inv(`m${i}`, `M${i}`, addDays(AS_OF, -(i + 1)), 100));
    const d = dashboardOf({ customers: [], invoices: many, snapshots: [], asOf: AS_OF });
    expect(d.worst.map((w) => w.oldestDaysOverdue)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(d.worst[0]!.name).toBe('M24');
  });

  it('groups by owner with the oldest bucket per currency, customers without owner last', () => {
    const d = dashboardOf({ customers, invoices, snapshots: [], asOf: AS_OF });
    expect(d.owners.map((o) => o.owner)).toEqual(['Tom', '张敏', null]);
    const tom = d.owners[0]!;
    expect(tom.customerCount).toBe(2);
    expect(tom.overdueCustomers).toBe(1);
    expect(tom.currencies).toEqual([
      { currency: 'EUR', open: 8_000, overdue: 0, oldestBucket: 0 },
      { currency: 'USD', open: 97_000, overdue: 97_000, oldestBucket: 90_000 },
    ]);
  });

  it('gives metrics per currency; CEI stays null until snapshots reach back before the period', () => {
    const today = snapshotOf(invoices, AS_OF);
    const d = dashboardOf({ customers, invoices, snapshots: today, asOf: AS_OF });
    expect(d.metrics.map((m) => m.currency)).toEqual(['CNY', 'EUR', 'USD']);
    expect(d.metrics.every((m) => m.cei === null)).toBe(true);
    const monthAgo = snapshotOf(invoices, addDays(AS_OF, -30));
    const later = dashboardOf({ customers, invoices, snapshots: [...monthAgo, ...today], asOf: AS_OF });
    expect(later.metrics.find((m) => m.currency === 'USD')!.cei).not.toBeNull();
  });

  it('handles an empty ledger', () => {
    const d = dashboardOf({ customers: [], invoices: [], snapshots: [], asOf: AS_OF });
    expect(d).toMatchObject({ bars: [], metrics: [], worst: [], owners: [], trend: { series: [] } });
  });
});

describe('trend window', () => {
  const snap = (date: string, overdue: number): PortfolioSnapshot => ({
    date,
    currency: 'CNY',
    open: overdue * 2,
    overdue,
    buckets: [],
    invoiceCount: 1,
    disputed: 0,
    unappliedCredit: 0,
  });

  it('keeps the 90 days ending today, both ends included', () => {
    const t = trendWindow([snap(addDays(AS_OF, -90), 1), snap(addDays(AS_OF, -89), 2), snap(AS_OF, 3), snap(addDays(AS_OF, 1), 4)], AS_OF);
    expect(t.from).toBe(addDays(AS_OF, -89));
    expect(t.series[0]!.points.map((p) => p.overdue)).toEqual([2, 3]);
  });

  it('copes with zero and one snapshot', () => {
    expect(trendWindow([], AS_OF).series).toEqual([]);
    expect(trendWindow([snap(AS_OF, 5)], AS_OF).series[0]).toMatchObject({ points: [{ overdue: 5 }], direction: 'flat', slopePerDay: 0 });
  });
});

describe('chart scales', () => {
  it('rounds the axis up to 1, 2 or 5 × 10^n steps that cover the largest value', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis(97)).toEqual({ max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(valueAxis(1_234_567)).toEqual({ max: 1_500_000, ticks: [0, 500_000, 1_000_000, 1_500_000] });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), (n) => {
        const a = valueAxis(n);
        expect(a.max).toBeGreaterThanOrEqual(n);
        expect(a.ticks.length).toBeLessThanOrEqual(6);
        expect(a.ticks.at(-1)).toBe(a.max);
      }),
    );
  });

  it('places points by day, top is the axis maximum, a one-day range is centred', () => {
    const pts = plotPoints(
      [
        { date: '2026-11-01', value: 0 },
        { date: '2026-11-11', value: 50 },
        { date: '2026-11-21', value: 100 },
      ],
      '2026-11-01',
      '2026-11-21',
      200,
      100,
      100,
    );
    expect(pts).toEqual([
      { x: 0, y: 100 },
      { x: 100, y: 50 },
      { x: 200, y: 0 },
    ]);
    expect(plotPoints([{ date: AS_OF, value: 1 }], AS_OF, AS_OF, 200, 100, 2)).toEqual([{ x: 100, y: 50 }]);
  });
});
