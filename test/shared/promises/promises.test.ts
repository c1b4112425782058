import { describe, expect, it } from 'vitest';
import type { Invoice } from 'shared/ledger';
import {
  brokenPromiseCount,
  type Dispute,
  openAtPromise,
  pausedInvoices,
  type PromiseToPay,
  promiseDeadline,
  promiseState,
} from 'shared/promises';
import { invoice } from '../aging/invoiceFactory';

function promise(fields: Partial<PromiseToPay> = {}): PromiseToPay {
  return {
    id: 'p1',
    customerId: 'c1',
    invoiceIds: ['i1', 'i2'],
    date: '2026-03-10',
    amount: { amount: 600_00, currency: 'CNY' },
    createdAt: Date.UTC(2026, 2, 1),
    createdBy: 'li',
    openAtCreation: 1000_00,
    ...fields,
  };
}

const open = (a: number, b: number): Invoice[] => [
  invoice({ id: 'i1', dueDate: '2026-02-01', amount: 500_00, openAmount: a }),
  invoice({ id: 'i2', dueDate: '2026-02-01', amount: 500_00, openAmount: b }),
  invoice({ id: 'i3', dueDate: '2026-02-01', amount: 500_00, openAmount: 500_00 }),
];

describe('promiseState', () => {
  it('is active until date + grace, broken the day after', () => {
    expect(promiseDeadline(promise(), 3)).toBe('2026-03-13');
    expect(promiseState(promise(), open(500_00, 500_00), '2026-03-13', 3)).toBe('active');
    expect(promiseState(promise(), open(500_00, 500_00), '2026-03-14', 3)).toBe('broken');
    expect(promiseState(promise(), open(500_00, 500_00), '2026-03-11', 0)).toBe('broken');
  });

  it('is kept once the covered open amount dropped by the promised amount', () => {
    expect(promiseState(promise(), open(0, 400_00), '2026-03-05', 0)).toBe('kept');
    expect(promiseState(promise(), open(0, 400_00), '2026-04-30', 0)).toBe('kept');
    expect(promiseState(promise(), open(0, 400_01), '2026-03-05', 0)).toBe('active');
    expect(promiseState(promise(), open(0, 400_01), '2026-03-11', 0)).toBe('broken');
  });

  it('is kept when all covered invoices are paid by the deadline, broken when paid late', () => {
    const paid = (date: string): Invoice[] => [
      invoice({ id: 'i1', dueDate: '2026-02-01', openAmount: 0, amount: 1, paidDate: date }),
      invoice({ id: 'i2', dueDate: '2026-02-01', openAmount: 0, amount: 1, paidDate: date }),
    ];
    const noBaseline = promise({ openAtCreation: undefined });
    expect(promiseState(noBaseline, paid('2026-03-12'), '2026-04-01', 2)).toBe('kept');
    expect(promiseState(noBaseline, paid('2026-03-13'), '2026-04-01', 2)).toBe('broken');
    expect(promiseState(noBaseline, open(0, 1), '2026-03-12', 2)).toBe('active');
  });

  it('honours a recorded status', () => {
    expect(promiseState(promise({ status: 'cancelled' }), open(1, 1), '2026-04-01', 0)).toBe('cancelled');
    expect(promiseState(promise({ status: 'kept' }), open(1, 1), '2026-04-01', 0)).toBe('kept');
  });

  it('computes the baseline to record with the promise', () => {
    expect(openAtPromise(['i1', 'i2'], 'CNY', open(300_00, 200_00))).toBe(500_00);
    expect(openAtPromise(['i1'], 'USD', open(300_00, 200_00))).toBe(0);
  });
});

describe('pausedInvoices', () => {
  const dispute: Dispute = { id: 'd1', invoiceId: 'i3', openedAt: '2026-03-02', reason: 'wrong quantity' };

  it('pauses what a promise covers until date + grace, inclusive', () => {
    const during = pausedInvoices(open(1, 1), [promise()], [], '2026-03-12', 2);
    expect([...during.keys()].sort()).toEqual(['i1', 'i2']);
    expect(during.get('i1')).toEqual({ kind: 'promise', promiseId: 'p1', until: '2026-03-12' });
    expect(pausedInvoices(open(1, 1), [promise()], [], '2026-03-13', 2).size).toBe(0);
    expect(pausedInvoices(open(1, 1), [promise({ status: 'cancelled' })], [], '2026-03-05', 2).size).toBe(0);
  });

  it('pauses only the disputed invoice, while the dispute is open', () => {
    expect([...pausedInvoices(open(1, 1), [], [dispute], '2026-03-01', 0).keys()]).toEqual([]);
    const on = pausedInvoices(open(1, 1), [], [dispute], '2026-03-02', 0);
    expect([...on]).toEqual([['i3', { kind: 'dispute', disputeId: 'd1', since: '2026-03-02' }]]);
    const resolved = { ...dispute, resolvedAt: '2026-03-20', resolution: 'credit note issued' };
    expect(pausedInvoices(open(1, 1), [], [resolved], '2026-03-19', 0).has('i3')).toBe(true);
    expect(pausedInvoices(open(1, 1), [], [resolved], '2026-03-20', 0).size).toBe(0);
  });

  it('pauses invoices the ledger flags as disputed, and lets a dispute win over a promise', () => {
    const invs = [
      invoice({ id: 'i1', dueDate: '2026-02-01', disputed: true }),
      invoice({ id: 'i2', dueDate: '2026-02-01' }),
    ];
    const paused = pausedInvoices(invs, [promise()], [], '2026-03-05', 0);
    expect(paused.get('i1')).toEqual({ kind: 'dispute' });
    expect(paused.get('i2')?.kind).toBe('promise');
  });

  it('keeps the latest deadline when promises overlap', () => {
    const later = promise({ id: 'p2', invoiceIds: ['i1'], date: '2026-03-20' });
    expect(pausedInvoices(open(1, 1), [later, promise()], [], '2026-03-05', 0).get('i1')).toMatchObject({
      promiseId: 'p2',
    });
    expect(pausedInvoices(open(1, 1), [promise(), later], [], '2026-03-05', 0).get('i1')).toMatchObject({
      promiseId: 'p2',
    });
  });
});

describe('brokenPromiseCount', () => {
  it('counts broken promises that still cover an open invoice', () => {
    // p3 was broken (paid three days late) but its invoice is settled: it no longer escalates.
    const settled = promise({ id: 'p3', invoiceIds: ['gone'], date: '2026-03-05' });
    const gone = invoice({ id: 'gone', dueDate: '2026-01-01', openAmount: 0, amount: 1, paidDate: '2026-03-08' });
    const invs = [...open(500_00, 500_00), gone];
    expect(promiseState(settled, invs, '2026-03-11', 0)).toBe('broken');
    expect(brokenPromiseCount([promise(), settled], invs, '2026-03-11', 0)).toBe(1);
    expect(brokenPromiseCount([promise(), settled], invs, '2026-03-10', 0)).toBe(0);
  });
});
