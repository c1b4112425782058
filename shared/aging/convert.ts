import type { IsoDate } from '../ledger';
import type { CurrencyCode } from '../money';
import type { Aging, BucketTotal, CurrencyAging, DisputedAging } from './aging';
import type { BucketDef } from './buckets';
import { convertMinor, type RateTable, type Ratio, rateBetween, rateText } from './rates';

export interface RateUsed {
  currency: CurrencyCode;
  /** Exact rate applied, major units of `base` per major unit of `currency`. */
  rate: string;
}

/**
 * An aging expressed in one base currency. Marked `converted: true` and carries the rates used, their date
 * and source, so nobody mistakes it for booked amounts.
 *
 * Rounding: each figure of each source currency (every bucket, the disputed block, the unapplied credit,
 * overdue) is converted once, exactly in BigInt, and rounded half-even to the base's minor unit; the totals
 * are sums of those rounded parts, so `sum(buckets) + disputed.amount + unappliedCredit === open` still holds.
 * Each converted figure is within half a minor unit per source currency of the exact value.
 */
export interface ConvertedAging {
  converted: true;
  asOf: IsoDate;
  base: CurrencyCode;
  ratesAsOf: IsoDate;
  ratesSource: string;
  rates: RateUsed[];
  rounding: 'half-even';
  buckets: BucketTotal[];
  open: number;
  overdue: number;
  receivable: number;
  unappliedCredit: number;
  creditCount: number;
  count: number;
  oldestDaysOverdue: number;
  disputed: DisputedAging;
  /** Currencies without a usable rate: left out of the totals and reported here unchanged. */
  unconverted: CurrencyAging[];
}

function emptyBlock(defs: readonly BucketDef[]): BucketTotal[] {
  return defs.map((b) => ({ id: b.id, amount: 0, count: 0 }));
}

function addBuckets(into: BucketTotal[], from: readonly BucketTotal[], conv: (n: number) => number): void {
  from.forEach((b, i) => {
    const slot = into[i]!;
    slot.amount += conv(b.amount);
    slot.count += b.count;
  });
}

/** Converts every currency of an aging into `rates.base`; currencies without a rate stay apart in `unconverted`. */
export function convertAging(aging: Aging, rates: RateTable): ConvertedAging {
  const base = rates.base.toUpperCase();
  const out: ConvertedAging = {
    converted: true,
    asOf: aging.asOf,
    base,
    ratesAsOf: rates.asOf,
    ratesSource: rates.source,
    rates: [],
    rounding: 'half-even',
    buckets: emptyBlock(aging.buckets),
    open: 0,
    overdue: 0,
    receivable: 0,
    unappliedCredit: 0,
    creditCount: 0,
    count: 0,
    oldestDaysOverdue: 0,
    disputed: { buckets: emptyBlock(aging.buckets), amount: 0, overdue: 0, count: 0, oldestDaysOverdue: 0 },
    unconverted: [],
  };
  for (const c of aging.currencies) {
    const rate: Ratio | null = rateBetween(rates, c.currency, base);
    if (!rate) {
      out.unconverted.push(c);
      continue;
    }
    out.rates.push({ currency: c.currency, rate: rateText(rate) });
    const conv = (n: number) => convertMinor(n, c.currency, base, rate);
    addBuckets(out.buckets, c.buckets, conv);
    addBuckets(out.disputed.buckets, c.disputed.buckets, conv);
    const receivable = c.buckets.reduce((sum, b) => sum + conv(b.amount), 0);
    const disputed = c.disputed.buckets.reduce((sum, b) => sum + conv(b.amount), 0);
    const credit = conv(c.unappliedCredit);
    out.receivable += receivable;
    out.disputed.amount += disputed;
    out.disputed.overdue += conv(c.disputed.overdue);
    out.disputed.count += c.disputed.count;
    out.disputed.oldestDaysOverdue = Math.max(out.disputed.oldestDaysOverdue, c.disputed.oldestDaysOverdue);
    out.unappliedCredit += credit;
    out.open += receivable + disputed + credit;
    out.overdue += conv(c.overdue);
    out.creditCount += c.creditCount;
    out.count += c.count;
    out.oldestDaysOverdue = Math.max(out.oldestDaysOverdue, c.oldestDaysOverdue);
  }
  return out;
}
