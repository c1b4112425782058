import type { Invoice, IsoDate } from '../ledger';
import { daysBetween } from '../dates';

/** A bucket of days overdue: `from`..`to` inclusive; `to` null means open-ended. Current is `from` -Infinity..0. */
export interface BucketDef {
  id: string;
  /** Lowest days overdue in the bucket (inclusive); null for "not yet due". */
  from: number | null;
  /** Highest days overdue (inclusive); null for open-ended. */
  to: number | null;
}

export const DEFAULT_BUCKETS: readonly BucketDef[] = [
  { id: 'current', from: null, to: 0 },
  { id: '1-30', from: 1, to: 30 },
  { id: '31-60', from: 31, to: 60 },
  { id: '61-90', from: 61, to: 90 },
  { id: '90+', from: 91, to: null },
];

export interface BucketTotal {
  id: string;
  amount: number;
  count: number;
}

export interface CurrencyAging {
  currency: string;
  buckets: BucketTotal[];
  open: number;
  overdue: number;
  /** Days the oldest overdue invoice is past due; 0 when nothing is overdue. */
  oldestDaysOverdue: number;
  count: number;
}

export interface Aging {
  asOf: IsoDate;
  currencies: CurrencyAging[];
  oldestDaysOverdue: number;
}

export function bucketIndex(daysOverdue: number, buckets: readonly BucketDef[]): number {
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    if ((b.from === null || daysOverdue >= b.from) && (b.to === null || daysOverdue <= b.to)) return i;
  }
  return buckets.length - 1;
}

/** Ages open items per currency; amounts in different currencies are never added together. */
export function agingOf(invoices: Iterable<Invoice>, asOf: IsoDate, buckets: readonly BucketDef[] = DEFAULT_BUCKETS): Aging {
  const byCurrency = new Map<string, CurrencyAging>();
  let worst = 0;
  for (const inv of invoices) {
    if (inv.openAmount === 0) continue;
    let agg = byCurrency.get(inv.currency);
    if (!agg) {
      agg = {
        currency: inv.currency,
        buckets: buckets.map((b) => ({ id: b.id, amount: 0, count: 0 })),
        open: 0,
        overdue: 0,
        oldestDaysOverdue: 0,
        count: 0,
      };
      byCurrency.set(inv.currency, agg);
    }
    const days = daysBetween(inv.dueDate, asOf);
    const slot = agg.buckets[bucketIndex(days, buckets)]!;
    slot.amount += inv.openAmount;
    slot.count++;
    agg.open += inv.openAmount;
    agg.count++;
    if (days > 0) {
      agg.overdue += inv.openAmount;
      if (inv.openAmount > 0 && days > agg.oldestDaysOverdue) agg.oldestDaysOverdue = days;
    }
    worst = Math.max(worst, agg.oldestDaysOverdue);
  }
  const currencies = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { asOf, currencies, oldestDaysOverdue: worst };
}
