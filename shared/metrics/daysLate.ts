import { daysBetween } from '../dates';
import type { Invoice, IsoDate } from '../ledger';

export interface DaysLateSummary {
  /** Paid invoices considered. */
  count: number;
  /** Mean of max(0, paid − due): early payments count as 0 days late. Null without paid invoices. */
  averageDaysLate: number | null;
  /** Mean of paid − due, signed: early payments pull it below 0. */
  averageDaysFromDue: number | null;
  maxDaysLate: number;
}

export interface DaysLateOptions {
  /** Only invoices paid on or after this date. */
  from?: IsoDate;
  /** Only invoices paid on or before this date (use the as-of date). */
  to?: IsoDate;
  currency?: string;
}

/** Average days late over fully paid invoices that have a `paidDate` (credit notes excluded). */
export function averageDaysLate(invoices: Iterable<Invoice>, options: DaysLateOptions = {}): DaysLateSummary {
  let count = 0;
  let late = 0;
  let signed = 0;
  let max = 0;
  for (const inv of invoices) {
    if (inv.kind !== 'invoice' || inv.paidDate === undefined || inv.openAmount > 0) continue;
    if (options.currency !== undefined && inv.currency !== options.currency) continue;
    if (options.from !== undefined && inv.paidDate < options.from) continue;
    if (options.to !== undefined && inv.paidDate > options.to) continue;
    const days = daysBetween(inv.dueDate, inv.paidDate);
    count++;
    signed += days;
    late += Math.max(0, days);
    max = Math.max(max, days);
  }
  return {
    count,
    averageDaysLate: count ? late / count : null,
    averageDaysFromDue: count ? signed / count : null,
    maxDaysLate: max,
  };
}
