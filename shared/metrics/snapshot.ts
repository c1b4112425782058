import { agingOf, type BucketDef, DEFAULT_BUCKETS } from '../aging';
import type { Invoice, IsoDate } from '../ledger';

/**
 * One currency of the portfolio on one day, stored once a day for trends. All amounts in minor units.
 * `buckets` holds every receivable, disputed ones included, by days overdue; credits are not aged, so
 * `sum(buckets) + unappliedCredit === open`.
 */
export interface PortfolioSnapshot {
  date: IsoDate;
  currency: string;
  /** Net open amount (receivables + disputed − credits). */
  open: number;
  /** Past-due receivables, disputed ones included. */
  overdue: number;
  buckets: number[];
  /** Open items counted (receivables, disputed and credits). */
  invoiceCount: number;
  /** Disputed part of the buckets. */
  disputed: number;
  /** Open credit notes and overpayments, ≤ 0. */
  unappliedCredit: number;
}

/** The day's snapshot rows, one per currency, from the ledger's open amounts on `date`. */
export function snapshotOf(
  invoices: Iterable<Invoice>,
  date: IsoDate,
  buckets: readonly BucketDef[] = DEFAULT_BUCKETS,
): PortfolioSnapshot[] {
  return agingOf(invoices, date, buckets).currencies.map((c) => ({
    date,
    currency: c.currency,
    open: c.open,
    overdue: c.overdue + c.disputed.overdue,
    buckets: c.buckets.map((b, i) => b.amount + (c.disputed.buckets[i]?.amount ?? 0)),
    invoiceCount: c.count,
    disputed: c.disputed.amount,
    unappliedCredit: c.unappliedCredit,
  }));
}

/** One currency's snapshots by date, ascending; for a repeated date the last row given wins. */
export function seriesOf(snapshots: Iterable<PortfolioSnapshot>, currency: string): PortfolioSnapshot[] {
  const byDate = new Map<IsoDate, PortfolioSnapshot>();
  for (const s of snapshots) if (s.currency === currency) byDate.set(s.date, s);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest snapshot of a currency taken on or before `date`, or null. */
export function snapshotOn(
  snapshots: Iterable<PortfolioSnapshot>,
  currency: string,
  date: IsoDate,
): PortfolioSnapshot | null {
  let best: PortfolioSnapshot | null = null;
  for (const s of snapshots) {
    if (s.currency !== currency || s.date > date) continue;
    if (!best || s.date >= best.date) best = s;
  }
  return best;
}
