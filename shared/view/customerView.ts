import { type Aging, DEFAULT_BUCKETS, agingOf, bucketIndex } from '../aging';
import { type CreditView, creditStatus } from '../credit';
import type { Customer, Invoice, IsoDate } from '../ledger';
import type { Money } from '../money';

/** What the badge shows for one customer. Plain data: it crosses the message boundary. */
export interface CustomerView {
  customer: Pick<Customer, 'id' | 'name' | 'code' | 'tier' | 'owner'>;
  asOf: IsoDate;
  aging: Aging;
  /** Undisputed overdue amount per currency (only currencies with something overdue). */
  overdue: Money[];
  worstDaysOverdue: number;
  /** Bucket id of the oldest overdue item ("current" when nothing is overdue). */
  worstBucket: string;
  credit: CreditView;
  openInvoiceCount: number;
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
    credit: creditStatus({ asOf, limit: customer.creditLimit ?? null, invoices, onHold: customer.onHold }),
    openInvoiceCount: aging.currencies.reduce((n, c) => n + c.count, 0),
  };
}
