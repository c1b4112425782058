import { describe, expect, it } from 'vitest';
import { agingOf, bucketProblems, bucketsFromBoundaries, DEFAULT_BUCKETS, daysOverdue } from 'shared/aging';
import { creditNote, invoice } from './invoiceFactory';

function bucketOf(dueDate: string, asOf: string): string {
  const aging = agingOf([invoice({ dueDate, openAmount: 1 })], asOf);
  return aging.currencies[0]!.buckets.find((b) => b.count === 1)!.id;
}

describe('agingOf buckets', () => {
  it('puts an invoice due today in current with 0 days overdue', () => {
    expect(daysOverdue('2026-03-10', '2026-03-10')).toBe(0);
    const a = agingOf([invoice({ dueDate: '2026-03-10', openAmount: 500 })], '2026-03-10');
    expect(a.currencies[0]!.buckets[0]).toEqual({ id: 'current', amount: 500, count: 1 });
    expect(a.currencies[0]!.overdue).toBe(0);
    expect(a.oldestDaysOverdue).toBe(0);
  });

  it('uses inclusive default boundaries 1, 30, 31, 60, 61, 90, 91', () => {
    const asOf = '2026-06-30';
    const due = (days: number) => new Date(Date.UTC(2026, 5, 30 - days)).toISOString().slice(0, 10);
    expect([1, 30, 31, 60, 61, 90, 91, 400].map((d) => bucketOf(due(d), asOf))).toEqual([
      '1-30',
      '1-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      '90+',
    ]);
    expect(bucketOf('2026-07-15', asOf)).toBe('current');
  });

  it('counts leap days', () => {
    expect(daysOverdue('2024-02-28', '2024-03-01')).toBe(2);
    expect(bucketOf('2024-02-29', '2024-03-30')).toBe('1-30');
    expect(bucketOf('2024-02-29', '2024-03-31')).toBe('31-60');
    expect(daysOverdue('2028-02-29', '2028-03-01')).toBe(1);
    expect(daysOverdue('2027-02-28', '2027-03-01')).toBe(1);
  });

  it('counts across month ends', () => {
    expect(bucketOf('2026-01-31', '2026-03-02')).toBe('1-30');
    expect(bucketOf('2026-01-31', '2026-03-03')).toBe('31-60');
    expect(daysOverdue('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('ages the open amount after partial payments and skips paid items', () => {
    const a = agingOf(
      [
        invoice({ dueDate: '2026-01-01', amount: 1000_00, openAmount: 250_00 }),
        invoice({ dueDate: '2026-01-01', amount: 1000_00, openAmount: 0, paidDate: '2026-01-05' }),
      ],
      '2026-02-01',
    );
    expect(a.currencies[0]!.open).toBe(250_00);
    expect(a.currencies[0]!.count).toBe(1);
    expect(a.currencies[0]!.buckets[2]).toEqual({ id: '31-60', amount: 250_00, count: 1 });
  });

  it('never adds different currencies and handles JPY (no minor unit)', () => {
    const a = agingOf(
      [
        invoice({ dueDate: '2026-01-01', openAmount: 1000, currency: 'JPY' }),
        invoice({ dueDate: '2026-01-01', openAmount: 1000, currency: 'CNY' }),
      ],
      '2026-01-10',
    );
    expect(a.currencies.map((c) => [c.currency, c.open, c.overdue])).toEqual([
      ['CNY', 1000, 1000],
      ['JPY', 1000, 1000],
    ]);
  });
});

describe('credit notes', () => {
  it('reduce the open total, are never overdue and are reported as unapplied credit', () => {
    const a = agingOf(
      [
        invoice({ dueDate: '2026-01-01', openAmount: 1000_00 }),
        creditNote({ dueDate: '2025-06-01', openAmount: -300_00 }),
      ],
      '2026-03-01',
    );
    const c = a.currencies[0]!;
    expect(c.open).toBe(700_00);
    expect(c.receivable).toBe(1000_00);
    expect(c.overdue).toBe(1000_00);
    expect(c.unappliedCredit).toBe(-300_00);
    expect(c.creditCount).toBe(1);
    expect(c.oldestDaysOverdue).toBe(59);
    expect(c.buckets.reduce((s, b) => s + b.amount, 0)).toBe(1000_00);
  });

  it('gives a customer with only credit notes a negative open total and nothing overdue', () => {
    const a = agingOf(
      [
        creditNote({ dueDate: '2025-01-01', openAmount: -120_00 }),
        creditNote({ dueDate: '2025-02-01', openAmount: -30_00 }),
      ],
      '2026-03-01',
    );
    const c = a.currencies[0]!;
    expect(c).toMatchObject({
      open: -150_00,
      overdue: 0,
      receivable: 0,
      unappliedCredit: -150_00,
      creditCount: 2,
      count: 2,
    });
    expect(c.buckets.every((b) => b.amount === 0 && b.count === 0)).toBe(true);
    expect(a.oldestDaysOverdue).toBe(0);
  });

  it('treats an overpaid invoice (negative open amount) as credit', () => {
    const c = agingOf([invoice({ dueDate: '2025-01-01', amount: 100, openAmount: -5 })], '2026-01-01').currencies[0]!;
    expect(c).toMatchObject({ unappliedCredit: -5, overdue: 0, oldestDaysOverdue: 0 });
  });
});

describe('disputed invoices', () => {
  it('are aged in their own block, out of the main buckets and overdue', () => {
    const a = agingOf(
      [
        invoice({ dueDate: '2026-01-01', openAmount: 400, disputed: true }),
        invoice({ dueDate: '2026-02-20', openAmount: 100 }),
      ],
      '2026-03-01',
    );
    const c = a.currencies[0]!;
    expect(c.open).toBe(500);
    expect(c.overdue).toBe(100);
    expect(c.oldestDaysOverdue).toBe(9);
    expect(c.buckets.reduce((s, b) => s + b.amount, 0)).toBe(100);
    expect(c.disputed).toMatchObject({ amount: 400, overdue: 400, count: 1, oldestDaysOverdue: 59 });
    expect(c.disputed.buckets.find((b) => b.id === '31-60')!.amount).toBe(400);
  });
});

describe('configurable buckets', () => {
  it('builds the default set from boundaries', () => {
    expect(bucketsFromBoundaries([30, 60, 90])).toEqual(DEFAULT_BUCKETS);
    expect(bucketProblems(DEFAULT_BUCKETS)).toEqual([]);
  });

  it('ages with custom boundaries', () => {
    const buckets = bucketsFromBoundaries([15, 45]);
    expect(buckets.map((b) => b.id)).toEqual(['current', '1-15', '16-45', '45+']);
    const a = agingOf([invoice({ dueDate: '2026-01-01', openAmount: 7 })], '2026-01-17', buckets);
    expect(a.currencies[0]!.buckets.map((b) => b.amount)).toEqual([0, 0, 7, 0]);
  });

  it('rejects bounds that are not ascending and reports gaps', () => {
    expect(() => bucketsFromBoundaries([30, 30])).toThrow(RangeError);
    expect(() => bucketsFromBoundaries([0])).toThrow(RangeError);
    expect(
      bucketProblems([
        { id: 'current', from: null, to: 0 },
        { id: '5+', from: 5, to: null },
      ]),
    ).toEqual(['gap or overlap between "current" and "5+"']);
    expect(bucketProblems([{ id: 'x', from: 1, to: 3 }])).toHaveLength(2);
  });
});
