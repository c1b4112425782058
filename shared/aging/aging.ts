import { daysBetween } from '../dates';
import type { Invoice, IsoDate } from '../ledger';
import { type BucketDef, bucketIndex, DEFAULT_BUCKETS } from './buckets';

export interface BucketTotal {
  id: string;
  amount: number;
  count: number;
}

/** Disputed invoices of one currency: aged like the rest, but kept out of the main buckets. */
export interface DisputedAging {
  buckets: BucketTotal[];
  /** Sum of the disputed open amounts (minor units). */
  amount: number;
  /** The part of `amount` that is past due. */
  overdue: number;
  count: number;
  oldestDaysOverdue: number;
}

/**
 * One currency's aging. Invariant: `sum(buckets) + disputed.amount + unappliedCredit === open`.
 * Credit notes (and overpaid invoices, whose open amount is negative) are not aged and never overdue;
 * they are reported as `unappliedCredit` and reduce `open`.
 */
export interface CurrencyAging {
  currency: string;
  /** Undisputed receivables by days overdue. */
  buckets: BucketTotal[];
  /** Net open amount: receivables + disputed + unapplied credit. */
  open: number;
  /** Undisputed receivables past due (disputed overdue is in `disputed.overdue`). */
  overdue: number;
  /** Days the oldest undisputed overdue invoice is past due; 0 when nothing is overdue. */
  oldestDaysOverdue: number;
  /** Every open item of the currency: receivables, disputed and credits. */
  count: number;
  /** Sum of the main buckets. */
  receivable: number;
  /** Sum of open credit notes and overpayments: zero or negative. */
  unappliedCredit: number;
  creditCount: number;
  disputed: DisputedAging;
}

export interface Aging {
  asOf: IsoDate;
  buckets: readonly BucketDef[];
  currencies: CurrencyAging[];
  /** Oldest undisputed overdue days over all currencies. */
  oldestDaysOverdue: number;
}

/** Days past due on `asOf`: 0 on the due date itself (current), negative before it. */
export function daysOverdue(dueDate: IsoDate, asOf: IsoDate): number {
  return daysBetween(dueDate, asOf);
}

/** True for items that carry credit rather than a claim: credit notes and overpaid invoices. */
export function isCredit(inv: Invoice): boolean {
  return inv.kind === 'credit-note' || inv.openAmount < 0;
}

function emptyBuckets(buckets: readonly BucketDef[]): BucketTotal[] {
  return buckets.map((b) => ({ id: b.id, amount: 0, count: 0 }));
}

function emptyCurrency(currency: string, buckets: readonly BucketDef[]): CurrencyAging {
  return {
    currency,
    buckets: emptyBuckets(buckets),
    open: 0,
    overdue: 0,
    oldestDaysOverdue: 0,
    count: 0,
    receivable: 0,
    unappliedCredit: 0,
    creditCount: 0,
    disputed: { buckets: emptyBuckets(buckets), amount: 0, overdue: 0, count: 0, oldestDaysOverdue: 0 },
  };
}

function addItem(agg: CurrencyAging, inv: Invoice, asOf: IsoDate, buckets: readonly BucketDef[]): void {
  agg.open += inv.openAmount;
  agg.count++;
  if (isCredit(inv)) {
    agg.unappliedCredit += inv.openAmount;
    agg.creditCount++;
    return;
  }
  const days = daysOverdue(inv.dueDate, asOf);
  const index = bucketIndex(days, buckets);
  if (inv.disputed) {
    const d = agg.disputed;
    const slot = d.buckets[index]!;
    slot.amount += inv.openAmount;
    slot.count++;
    d.amount += inv.openAmount;
    d.count++;
    if (days > 0) {
      d.overdue += inv.openAmount;
      d.oldestDaysOverdue = Math.max(d.oldestDaysOverdue, days);
    }
    return;
  }
  const slot = agg.buckets[index]!;
  slot.amount += inv.openAmount;
  slot.count++;
  agg.receivable += inv.openAmount;
  if (days > 0) {
    agg.overdue += inv.openAmount;
    agg.oldestDaysOverdue = Math.max(agg.oldestDaysOverdue, days);
  }
}

/**
 * Ages open items per currency as of `asOf`; amounts in different currencies are never added together
 * (see `convertAging` for an explicit conversion). Paid items (open amount 0) are skipped; partial payments
 * count with what is still open. Works for one customer's invoices or any other set.
 */
export function agingOf(
  invoices: Iterable<Invoice>,
  asOf: IsoDate,
  buckets: readonly BucketDef[] = DEFAULT_BUCKETS,
): Aging {
  const byCurrency = new Map<string, CurrencyAging>();
  for (const inv of invoices) {
    if (inv.openAmount === 0) continue;
    let agg = byCurrency.get(inv.currency);
    if (!agg) {
      agg = emptyCurrency(inv.currency, buckets);
      byCurrency.set(inv.currency, agg);
    }
    addItem(agg, inv, asOf, buckets);
  }
  const currencies = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  const oldestDaysOverdue = currencies.reduce((worst, c) => Math.max(worst, c.oldestDaysOverdue), 0);
  return { asOf, buckets, currencies, oldestDaysOverdue };
}
