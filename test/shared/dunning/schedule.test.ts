import { describe, expect, it } from 'vitest';
import { createCalendar, CN_CALENDAR_2026 } from 'shared/dates';
import { customerDunning, type DunningPlan, invoiceDunning, scheduleStep } from 'shared/dunning';
import type { PromiseToPay } from 'shared/promises';
import { creditNote, invoice } from '../aging/invoiceFactory';

const cn = createCalendar(CN_CALENDAR_2026);
const gentle7 = { offsetDays: 7, channels: ['email' as const], tone: 'gentle' as const, owner: 'rep' as const };

describe('scheduleStep', () => {
  it('rolls a step falling on the National Day holiday to 2026-10-08', () => {
    const s = scheduleStep('2026-09-24', gentle7, 1, cn);
    expect(s).toMatchObject({ scheduledDate: '2026-10-01', date: '2026-10-08', dateStatus: 'rolled' });
  });

  it('keeps a step on the make-up workday 2026-10-10 (a Saturday)', () => {
    expect(scheduleStep('2026-10-03', gentle7, 1, cn)).toMatchObject({
      date: '2026-10-10',
      dateStatus: 'business-day',
    });
  });

  it('rolls a weekend onto Monday', () => {
    expect(scheduleStep('2026-03-07', { ...gentle7, offsetDays: 0 }, 0, cn)).toMatchObject({
      date: '2026-03-09',
      dateStatus: 'rolled',
    });
  });

  it('never guesses outside the calendar years', () => {
    expect(scheduleStep('2027-02-27', gentle7, 1, cn)).toMatchObject({
      scheduledDate: '2027-03-06',
      date: '2027-03-06',
      dateStatus: 'calendar-unknown',
    });
    expect(scheduleStep('2024-02-22', gentle7, 1, cn)).toMatchObject({
      date: '2024-02-29',
      dateStatus: 'calendar-unknown',
    });
    expect(scheduleStep('2028-02-22', gentle7, 1)).toMatchObject({ date: '2028-02-29', dateStatus: 'no-calendar' });
  });
});

describe('invoiceDunning', () => {
  it('finds the current stage and the next step with its owner (tier B)', () => {
    const inv = invoice({ dueDate: '2026-03-02', openAmount: 100 });
    const d = invoiceDunning(inv, 'B', '2026-03-20', { calendar: cn })!;
    expect(d.daysOverdue).toBe(18);
    expect(d.stage).toMatchObject({ index: 4, date: '2026-03-17', owner: 'sales-manager' });
    expect(d.next).toMatchObject({ index: 5, scheduledDate: '2026-04-01', date: '2026-04-01', owner: 'rep' });
    expect(d.paused).toBeNull();
  });

  it('treats an invoice due today as current: stage −1 day, next +1 day', () => {
    const inv = invoice({ dueDate: '2026-03-11', openAmount: 100 });
    const d = invoiceDunning(inv, 'B', '2026-03-11', { calendar: cn })!;
    expect(d.daysOverdue).toBe(0);
    expect(d.stage?.step.offsetDays).toBe(-1);
    expect(d.next).toMatchObject({ date: '2026-03-12' });
  });

  it('counts a step as reached on its working-day date, not before', () => {
    // Tier A +7 from 2026-09-24 falls on 10-01, moved to 10-08.
    const inv = invoice({ dueDate: '2026-09-24', openAmount: 100 });
    expect(invoiceDunning(inv, 'A', '2026-10-05', { calendar: cn })!.next).toMatchObject({
      index: 1,
      date: '2026-10-08',
    });
    expect(invoiceDunning(inv, 'A', '2026-10-08', { calendar: cn })!.stage).toMatchObject({ index: 1 });
  });

  it('has no stage before the first step and no next after the last', () => {
    const early = invoiceDunning(invoice({ dueDate: '2026-06-30' }), 'A', '2026-06-01', { calendar: cn })!;
    expect(early.stage).toBeNull();
    expect(early.next).toMatchObject({
      index: 0,
      scheduledDate: '2026-06-27',
      date: '2026-06-29',
      dateStatus: 'rolled',
    });
    const late = invoiceDunning(invoice({ dueDate: '2026-01-05' }), 'A', '2026-12-01', { calendar: cn })!;
    expect(late.stage).toMatchObject({ index: 3, owner: 'finance-director' });
    expect(late.next).toBeNull();
  });

  it('skips credit notes and paid invoices', () => {
    expect(invoiceDunning(creditNote({ dueDate: '2026-01-01', openAmount: -5 }), 'B', '2026-03-01')).toBeNull();
    expect(invoiceDunning(invoice({ dueDate: '2026-01-01', openAmount: 0, amount: 9 }), 'B', '2026-03-01')).toBeNull();
  });

  it('follows a plan from a rule pack', () => {
    const plan: DunningPlan = {
      id: 'pack',
      version: '7',
      tiers: { A: [], B: [{ ...gentle7, offsetDays: 2, channels: ['wechat'] }], C: [], D: [] },
    };
    const d = invoiceDunning(invoice({ dueDate: '2026-03-02' }), 'B', '2026-03-01', { plan })!;
    expect(d.next).toMatchObject({ scheduledDate: '2026-03-04', step: { channels: ['wechat'] } });
    expect(invoiceDunning(invoice({ dueDate: '2026-03-02' }), 'A', '2026-03-20', { plan })).toMatchObject({
      stage: null,
      next: null,
    });
  });
});

describe('customerDunning', () => {
  const promise = (fields: Partial<PromiseToPay>): PromiseToPay => ({
    id: 'p1',
    customerId: 'c1',
    invoiceIds: ['old'],
    date: '2026-03-25',
    amount: { amount: 100, currency: 'CNY' },
    createdAt: 0,
    createdBy: 'li',
    openAtCreation: 100,
    ...fields,
  });
  const invoices = [
    invoice({ id: 'old', dueDate: '2026-01-20', openAmount: 100 }), // +60 step on 2026-03-21 (a Saturday) → 03-23
    invoice({ id: 'mid', dueDate: '2026-02-27', openAmount: 100 }), // +15 on 03-14 → rolled to 03-16
    invoice({ id: 'new', dueDate: '2026-03-31', openAmount: 100 }),
    creditNote({ id: 'cn', dueDate: '2025-01-01', openAmount: -50 }),
  ];

  it('takes the worst open invoice', () => {
    const d = customerDunning(invoices, 'B', '2026-03-24', { calendar: cn });
    expect(d.worstInvoiceId).toBe('old');
    expect(d.stage).toMatchObject({ index: 7, date: '2026-03-23', step: { action: 'report-to-director' } });
    expect(d.next).toMatchObject({ index: 8, owner: 'legal', scheduledDate: '2026-05-20', date: '2026-05-20' });
    expect(d.owner).toBe('legal');
    expect(d.invoices.map((i) => i.invoiceId)).toEqual(['old', 'mid', 'new']);
    expect(d.escalationLevel).toBe(0);
    expect(d.escalated).toBe(false);
  });

  it('leaves a promised invoice alone until date + grace and chases the rest', () => {
    const d = customerDunning(invoices, 'B', '2026-03-24', { calendar: cn, promises: [promise({})], graceDays: 2 });
    expect(d.pausedInvoiceIds).toEqual(['old']);
    expect(d.worstInvoiceId).toBe('mid');
    expect(d.stage).toMatchObject({ index: 4, owner: 'sales-manager' });
    expect(d.invoices.find((i) => i.invoiceId === 'old')!.paused).toEqual({
      kind: 'promise',
      promiseId: 'p1',
      until: '2026-03-27',
    });
  });

  it('pauses only disputed invoices', () => {
    const d = customerDunning(invoices, 'B', '2026-03-24', {
      calendar: cn,
      disputes: [{ id: 'd1', invoiceId: 'old', openedAt: '2026-03-01', reason: 'price' }],
    });
    expect(d.pausedInvoiceIds).toEqual(['old']);
    expect(d.worstInvoiceId).toBe('mid');
  });

  it('moves the customer one step up per broken promise', () => {
    const broken = promise({ invoiceIds: ['mid'], date: '2026-03-10' });
    const d = customerDunning(invoices, 'B', '2026-03-24', { calendar: cn, promises: [broken] });
    expect(d.escalationLevel).toBe(1);
    expect(d.escalated).toBe(true);
    expect(d.worstInvoiceId).toBe('old');
    expect(d.stage).toMatchObject({ index: 8, owner: 'legal', step: { action: 'legal-review' } });
    expect(d.next).toBeNull();
    expect(d.owner).toBe('legal');
  });

  it('escalates from before the first step and caps at the last step', () => {
    const fresh = [invoice({ id: 'f', dueDate: '2026-06-30' })];
    const one = customerDunning(fresh, 'A', '2026-06-01', { calendar: cn, escalationLevel: 1 });
    expect(one.stage).toMatchObject({ index: 0 });
    expect(one.next).toMatchObject({ index: 1, scheduledDate: '2026-07-07' });
    const many = customerDunning(fresh, 'A', '2026-06-01', { calendar: cn, escalationLevel: 9 });
    expect(many.stage).toMatchObject({ index: 3 });
    expect(many.next).toBeNull();
  });

  it('has nothing to chase for a customer with only credit notes, or with everything paused', () => {
    const d = customerDunning([creditNote({ dueDate: '2025-01-01', openAmount: -50 })], 'C', '2026-03-24');
    expect(d).toMatchObject({ worstInvoiceId: null, stage: null, next: null, owner: null, invoices: [] });
    const all = customerDunning([invoice({ dueDate: '2026-01-01', disputed: true })], 'C', '2026-03-24');
    expect(all).toMatchObject({ worstInvoiceId: null, stage: null, pausedInvoiceIds: [all.invoices[0]!.invoiceId] });
  });
});
