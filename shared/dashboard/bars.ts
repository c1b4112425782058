import type { CurrencyAging } from '../aging';

export interface BarSegment {
  /** Bucket id ("current", "1-30", …, "90+"). */
  id: string;
  /** Open receivables of the bucket in minor units, disputed ones included. */
  amount: number;
  count: number;
}

/** One currency of the portfolio as the aging chart draws it. All amounts in minor units of `currency`. */
export interface CurrencyBar {
  currency: string;
  segments: BarSegment[];
  /** Net open amount: every bucket plus the (≤ 0) unapplied credit. */
  open: number;
  /** Past-due receivables, disputed ones included. */
  overdue: number;
  /** Disputed part of the segments. */
  disputed: number;
  /** Open credit notes and overpayments, ≤ 0; not part of any segment. */
  unappliedCredit: number;
}

/**
 * The aging chart's bars: disputed invoices are put back into their buckets (as the daily snapshots count
 * them), so the segments of a currency plus its unapplied credit add up to its open amount.
 */
export function agingBars(currencies: readonly CurrencyAging[]): CurrencyBar[] {
  return currencies.map((c) => ({
    currency: c.currency,
    segments: c.buckets.map((b, i) => {
      const d = c.disputed.buckets[i];
      return { id: b.id, amount: b.amount + (d?.amount ?? 0), count: b.count + (d?.count ?? 0) };
    }),
    open: c.open,
    overdue: c.overdue + c.disputed.overdue,
    disputed: c.disputed.amount,
    unappliedCredit: c.unappliedCredit,
  }));
}
