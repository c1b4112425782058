import { daysBetween } from '../dates';
import type { Invoice, IsoDate } from '../ledger';

/** Days in an inclusive period [from, to]: a single day is 1. */
export function periodDays(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) + 1;
}

/**
 * Net credit sales of one currency issued in [from, to] inclusive: invoice amounts minus credit notes issued in
 * the period (credit notes carry negative amounts, so this is the plain sum).
 */
export function creditSales(invoices: Iterable<Invoice>, currency: string, from: IsoDate, to: IsoDate): number {
  let sum = 0;
  for (const inv of invoices) {
    if (inv.currency === currency && inv.issueDate >= from && inv.issueDate <= to) sum += inv.amount;
  }
  return sum;
}

/** Net open amount of one currency today (the ledger's open amounts), credits included. */
export function openReceivables(invoices: Iterable<Invoice>, currency: string): number {
  let sum = 0;
  for (const inv of invoices) if (inv.currency === currency) sum += inv.openAmount;
  return sum;
}
