import { describe, expect, it } from 'vitest';
import { riskGrade, riskReasonMessage } from 'shared/credit';
import { creditNote, invoice } from '../aging/invoiceFactory';

const paid = (dueDate: string, paidDate: string) => invoice({ dueDate, paidDate, amount: 100, openAmount: 0 });

describe('riskGrade', () => {
  it('grades A for prompt payers with nothing overdue', () => {
    const r = riskGrade(
      [paid('2026-01-10', '2026-01-12'), paid('2026-02-10', '2026-02-08'), invoice({ dueDate: '2026-03-20' })],
      '2026-03-01',
    );
    expect(r).toMatchObject({ grade: 'A', computedGrade: 'A', source: 'computed', override: null });
    expect(r.metrics).toEqual({ averageDaysLate: 1, paidCount: 2, overdueShareBps: 0, oldestDaysOverdue: 0 });
    expect(r.reasons.map((x) => [x.code, x.grade])).toEqual([
      ['average-days-late', 'A'],
      ['overdue-share', 'A'],
      ['oldest-overdue', 'A'],
    ]);
  });

  it('takes the worst factor and lists each', () => {
    // 20 days late on average → C; 50 % overdue → C; oldest 100 days → D.
    const r = riskGrade(
      [
        paid('2025-10-01', '2025-10-21'),
        invoice({ dueDate: '2025-11-21', openAmount: 500 }),
        invoice({ dueDate: '2026-03-15', openAmount: 500 }),
      ],
      '2026-03-01',
    );
    expect(r.grade).toBe('D');
    expect(r.reasons.map((x) => [x.code, x.grade, x.params])).toEqual([
      ['average-days-late', 'C', { days: 20, count: 1 }],
      ['overdue-share', 'C', { bps: 5000, currency: 'CNY' }],
      ['oldest-overdue', 'D', { days: 100 }],
    ]);
  });

  it('grades on the worst currency without adding currencies, and ignores disputed and paid-later invoices', () => {
    const r = riskGrade(
      [
        invoice({ dueDate: '2026-03-20', openAmount: 1000, currency: 'CNY' }),
        invoice({ dueDate: '2026-02-20', openAmount: 10, currency: 'JPY' }),
        invoice({ dueDate: '2025-01-01', openAmount: 999, disputed: true }),
        paid('2026-02-01', '2026-04-30'),
      ],
      '2026-03-01',
    );
    expect(r.metrics).toMatchObject({
      overdueShareBps: 10_000,
      oldestDaysOverdue: 9,
      paidCount: 0,
      averageDaysLate: null,
    });
    expect(r.reasons[0]).toEqual({ code: 'no-payment-history', grade: null, params: {} });
    expect(r.grade).toBe('D');
  });

  it('gives a customer with only credit notes a sensible grade', () => {
    const r = riskGrade([creditNote({ dueDate: '2025-01-01', openAmount: -100 })], '2026-03-01');
    expect(r.grade).toBe('A');
    expect(r.metrics.overdueShareBps).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(['no-payment-history', 'oldest-overdue']);
  });

  it('lets a user override win, keeping the computed grade', () => {
    const override = { grade: 'B' as const, reason: 'parent company guarantee', by: 'cfo', at: Date.UTC(2026, 1, 1) };
    const r = riskGrade([invoice({ dueDate: '2025-01-01', openAmount: 5 })], '2026-03-01', { override });
    expect(r).toMatchObject({ grade: 'B', computedGrade: 'D', source: 'override', override });
    expect(r.reasons[0]).toMatchObject({ code: 'override', grade: 'B', params: { computed: 'D', by: 'cfo' } });
    expect(riskReasonMessage(r.reasons[0]!).en).toBe('Grade set by cfo: parent company guarantee (computed grade D).');
  });

  it('takes custom thresholds', () => {
    const strict = { averageDaysLate: [0, 1, 2], overdueShareBps: [0, 1, 2], oldestDaysOverdue: [0, 1, 2] } as const;
    expect(riskGrade([paid('2026-01-01', '2026-01-02')], '2026-03-01', { thresholds: strict }).grade).toBe('B');
  });

  it('has messages in both languages', () => {
    const r = riskGrade(
      [paid('2025-10-01', '2025-10-21'), invoice({ dueDate: '2025-11-21', openAmount: 500 })],
      '2026-03-01',
    );
    for (const reason of r.reasons) {
      const m = riskReasonMessage(reason);
      expect(m.en).not.toMatch(/undefined|NaN/);
      expect(m.zh_CN).toMatch(/\p{Script=Han}/u);
    }
    expect(riskReasonMessage(r.reasons[1]!).zh_CN).toBe('CNY 未收款中 100% 已逾期。');
  });
});
