import type { Invoice, IsoDate } from '../ledger';
import { type Aging, agingOf, type CurrencyAging } from './aging';
import { type BucketDef, DEFAULT_BUCKETS } from './buckets';

export interface CustomerAgingRow {
  customerId: string;
  /** The customer's owner (sales rep) when `ownerOf` was given and knows one. */
  owner?: string;
  aging: Aging;
}

export interface OwnerAging {
  /** null collects customers without an owner. */
  owner: string | null;
  customerIds: string[];
  currencies: CurrencyAging[];
  oldestDaysOverdue: number;
}

export interface PortfolioAging {
  asOf: IsoDate;
  buckets: readonly BucketDef[];
  /** The whole portfolio per currency. */
  currencies: CurrencyAging[];
  oldestDaysOverdue: number;
  customerCount: number;
  /** One row per customer with open items, worst (oldest overdue) first, then by id. */
  customers: CustomerAgingRow[];
  /** Present when `ownerOf` was given: per owner, owners sorted by name, no-owner last. */
  owners?: OwnerAging[];
}

export interface PortfolioOptions {
  /** The owner of a customer (e.g. from `Customer.owner`); enables the `owners` grouping. */
  ownerOf?: (customerId: string) => string | undefined;
}

/** Ages a whole portfolio per currency, per customer, and optionally per customer owner. */
export function portfolioAging(
  invoices: Iterable<Invoice>,
  asOf: IsoDate,
  buckets: readonly BucketDef[] = DEFAULT_BUCKETS,
  options: PortfolioOptions = {},
): PortfolioAging {
  const all: Invoice[] = [];
  const byCustomer = new Map<string, Invoice[]>();
  for (const inv of invoices) {
    if (inv.openAmount === 0) continue;
    all.push(inv);
    const list = byCustomer.get(inv.customerId);
    if (list) list.push(inv);
    else byCustomer.set(inv.customerId, [inv]);
  }
  const total = agingOf(all, asOf, buckets);
  const { ownerOf } = options;
  const customers: CustomerAgingRow[] = [...byCustomer].map(([customerId, list]) => {
    const owner = ownerOf?.(customerId);
    return { customerId, ...(owner !== undefined ? { owner } : {}), aging: agingOf(list, asOf, buckets) };
  });
  customers.sort(
    (a, b) => b.aging.oldestDaysOverdue - a.aging.oldestDaysOverdue || a.customerId.localeCompare(b.customerId),
  );
  const result: PortfolioAging = {
    asOf,
    buckets,
    currencies: total.currencies,
    oldestDaysOverdue: total.oldestDaysOverdue,
    customerCount: customers.length,
    customers,
  };
  if (ownerOf) result.owners = groupByOwner(customers, byCustomer, asOf, buckets);
  return result;
}

function groupByOwner(
  rows: readonly CustomerAgingRow[],
  byCustomer: Map<string, Invoice[]>,
  asOf: IsoDate,
  buckets: readonly BucketDef[],
): OwnerAging[] {
  const groups = new Map<string | null, string[]>();
  for (const row of rows) {
    const key = row.owner ?? null;
    const ids = groups.get(key);
    if (ids) ids.push(row.customerId);
    else groups.set(key, [row.customerId]);
  }
  const owners = [...groups].map(([owner, customerIds]) => {
    const aging = agingOf(
      customerIds.flatMap((id) => byCustomer.get(id) ?? []),
      asOf,
      buckets,
    );
    return { owner, customerIds, currencies: aging.currencies, oldestDaysOverdue: aging.oldestDaysOverdue };
  });
  return owners.sort((a, b) => {
    if (a.owner === null) return b.owner === null ? 0 : 1;
    if (b.owner === null) return -1;
    return a.owner.localeCompare(b.owner);
  });
}
