import { type Aging, DEFAULT_BUCKETS, agingOf, bucketIndex } from '../aging';
import type { Customer, Invoice, IsoDate } from '../ledger';
import type { Money } from '../money';

export interface CreditSummary {
  limit: Money;
  /** Open receivables in the limit's currency. */
  exposure: Money;
  available: Money;
  /** exposure / limit in basis points (10000 = 100 %). */
  utilisationBp: number;
}

/** What the badge and panel show for one customer. Plain data: it crosses the message boundary. */
export interface CustomerView {
  customer: Pick<Customer, 'id' | 'name' | 'code' | 'tier' | 'owner'>;
  asOf: IsoDate;
  aging: Aging;
  /** Overdue amount per currency (only currencies with something overdue). */
  overdue: Money[];
  worstDaysOverdue: number;
  /** Bucket id of the oldest overdue item ("current" when nothing is overdue). */
  worstBucket: string;
  credit?: CreditSummary;
  openInvoiceCount: number;
}

export function creditSummary(limit: Money | undefined, aging: Aging): CreditSummary | undefined {
  if (!limit) return undefined;
  const open = aging.currencies.find((c) => c.currency === limit.currency)?.open ?? 0;
  const exposure = Math.max(0, open);
  return {
    limit,
    exposure: { amount: exposure, currency: limit.currency },
    available: { amount: limit.amount - exposure, currency: limit.currency },
    utilisationBp: limit.amount > 0 ? Math.round((exposure * 10_000) / limit.amount) : exposure > 0 ? 10_000 : 0,
  };
}

export function customerView(customer: Customer, invoices: readonly Invoice[], asOf: IsoDate): CustomerView {
  const aging = agingOf(invoices, asOf);
  const worst = aging.oldestDaysOverdue;
  return {
    customer: { id: customer.id, name: customer.name, code: customer.code, tier: customer.tier, owner: customer.owner },
    asOf,
    aging,
    overdue: aging.currencies.filter((c) => c.overdue > 0).map((c) => ({ amount: c.overdue, currency: c.currency })),
    worstDaysOverdue: worst,
    worstBucket: DEFAULT_BUCKETS[bucketIndex(worst, DEFAULT_BUCKETS)]!.id,
    credit: creditSummary(customer.creditLimit, aging),
    openInvoiceCount: aging.currencies.reduce((n, c) => n + c.count, 0),
  };
}
