import { addDays } from '../dates';
import type { Invoice, IsoDate } from '../ledger';
import { creditSales, openReceivables, periodDays } from './period';

/**
 * Standard DSO = receivables at the end of the period / credit sales in the period × days in the period.
 * Null when there were no (net positive) credit sales, where the ratio means nothing.
 */
export function dsoStandard(receivablesAtEnd: number, sales: number, days: number): number | null {
  if (sales <= 0 || days <= 0) return null;
  return (receivablesAtEnd / sales) * days;
}

/**
 * Standard DSO for one currency over [from, asOf], using today's open amounts as the receivables at the end —
 * so `asOf` must be the ledger's date. For a past period use `dsoFromSnapshots`.
 */
export function dsoOf(invoices: Iterable<Invoice>, currency: string, from: IsoDate, asOf: IsoDate): number | null {
  const list = [...invoices];
  return dsoStandard(openReceivables(list, currency), creditSales(list, currency, from, asOf), periodDays(from, asOf));
}

export interface SalesPeriod {
  from: IsoDate;
  to: IsoDate;
  sales: number;
}

export interface CountbackResult {
  days: number;
  /** False when the receivables exceed all the sales of the periods given: `days` is then a lower bound. */
  complete: boolean;
}

/**
 * Countback DSO: walk back from the newest period, absorbing the receivables with each period's sales.
 * A period whose sales are fully absorbed adds all its days; the last one adds days × remaining / sales.
 * Periods are taken newest first whatever their order in the input.
 */
export function dsoCountback(receivablesAtEnd: number, periods: readonly SalesPeriod[]): CountbackResult {
  const newestFirst = [...periods].sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0));
  let remaining = receivablesAtEnd;
  let days = 0;
  for (const p of newestFirst) {
    if (remaining <= 0) return { days, complete: true };
    const length = periodDays(p.from, p.to);
    if (p.sales > 0 && remaining < p.sales) return { days: days + (length * remaining) / p.sales, complete: true };
    days += length;
    remaining -= Math.max(p.sales, 0);
  }
  return { days, complete: remaining <= 0 };
}

/**
 * Calendar-month sales periods ending at `asOf`, newest first: the current month from its 1st to `asOf`,
 * then `months - 1` whole months before it.
 */
export function monthlySalesPeriods(
  invoices: Iterable<Invoice>,
  currency: string,
  asOf: IsoDate,
  months: number,
): SalesPeriod[] {
  const list = [...invoices];
  const out: SalesPeriod[] = [];
  let to = asOf;
  for (let i = 0; i < months; i++) {
    const from = `${to.slice(0, 7)}-01`;
    out.push({ from, to, sales: creditSales(list, currency, from, to) });
    to = addDays(from, -1);
  }
  return out;
}

/** Countback DSO of one currency on the ledger's date over the last `months` calendar months. */
export function dsoCountbackOf(
  invoices: Iterable<Invoice>,
  currency: string,
  asOf: IsoDate,
  months = 12,
): CountbackResult {
  const list = [...invoices];
  return dsoCountback(openReceivables(list, currency), monthlySalesPeriods(list, currency, asOf, months));
}

export interface CeiInput {
  beginningReceivables: number;
  creditSales: number;
  endingReceivables: number;
  /** The part of the ending receivables not yet due. */
  endingCurrent: number;
}

/**
 * Collection effectiveness index, in percent:
 * CEI = (beginning AR + credit sales − ending total AR) / (beginning AR + credit sales − ending current AR) × 100.
 * 100 means everything collectible was collected. Null when the denominator is not positive.
 */
export function cei(input: CeiInput): number | null {
  const available = input.beginningReceivables + input.creditSales;
  const denominator = available - input.endingCurrent;
  if (denominator <= 0) return null;
  return ((available - input.endingReceivables) / denominator) * 100;
}
