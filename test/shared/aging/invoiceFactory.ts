import fc from 'fast-check';
import { dayNumberToIso, isoToDayNumber } from 'shared/dates';
import type { Invoice } from 'shared/ledger';

let seq = 0;

/** A plain open CNY invoice issued 30 days before its due date, overridable field by field. */
export function invoice(fields: Partial<Invoice> & { dueDate: string }): Invoice {
  seq++;
  const amount = fields.amount ?? fields.openAmount ?? 100_00;
  return {
    id: `inv-${seq}`,
    customerId: 'c1',
    number: `N${seq}`,
    kind: 'invoice',
    issueDate: fields.dueDate,
    currency: 'CNY',
    amount,
    openAmount: amount,
    ...fields,
  };
}

export function creditNote(fields: Partial<Invoice> & { dueDate: string; openAmount: number }): Invoice {
  return invoice({ kind: 'credit-note', amount: fields.openAmount, ...fields });
}

const base = isoToDayNumber('2024-01-01')!;
/** Dates from 2024-01-01 over about four years (two leap days). */
export const arbDate = fc.integer({ min: 0, max: 1600 }).map((d) => dayNumberToIso(base + d));

export const arbInvoice: fc.Arbitrary<Invoice> = fc
  .record({
    id: fc.uuid(),
    customerId: fc.constantFrom('c1', 'c2', 'c3'),
    kind: fc.constantFrom<Invoice['kind']>('invoice', 'invoice', 'credit-note'),
    dueDate: arbDate,
    currency: fc.constantFrom('CNY', 'USD', 'JPY', 'KWD'),
    openAmount: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    disputed: fc.boolean(),
  })
  .map((r) => ({
    ...r,
    number: r.id.slice(0, 8),
    issueDate: r.dueDate,
    amount: r.openAmount,
    openAmount: r.kind === 'credit-note' ? -Math.abs(r.openAmount) : r.openAmount,
  }));
