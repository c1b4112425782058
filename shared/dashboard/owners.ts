import type { OwnerAging } from '../aging';

export interface OwnerCurrencyRow {
  currency: string;
  open: number;
  /** Past-due receivables, disputed ones included. */
  overdue: number;
  /** The last bucket (90+ with the default buckets), disputed included. */
  oldestBucket: number;
}

export interface OwnerRow {
  /** null collects customers without an owner. */
  owner: string | null;
  customerCount: number;
  /** Customers of this owner with something overdue. */
  overdueCustomers: number;
  oldestDaysOverdue: number;
  currencies: OwnerCurrencyRow[];
}

/**
 * Per sales rep: open, overdue and oldest-bucket amounts per currency. Rows with the oldest overdue first, then
 * by name; customers without an owner last whatever their figures.
 */
export function ownerRows(owners: readonly OwnerAging[], overdueCustomerIds: ReadonlySet<string>): OwnerRow[] {
  const rows = owners.map((o) => ({
    owner: o.owner,
    customerCount: o.customerIds.length,
    overdueCustomers: o.customerIds.filter((id) => overdueCustomerIds.has(id)).length,
    oldestDaysOverdue: o.oldestDaysOverdue,
    currencies: o.currencies.map((c) => {
      const last = c.buckets.length - 1;
      return {
        currency: c.currency,
        open: c.open,
        overdue: c.overdue + c.disputed.overdue,
        oldestBucket: (c.buckets[last]?.amount ?? 0) + (c.disputed.buckets[last]?.amount ?? 0),
      };
    }),
  }));
  return rows.sort((a, b) => {
    if (a.owner === null || b.owner === null) return a.owner === b.owner ? 0 : a.owner === null ? 1 : -1;
    return b.oldestDaysOverdue - a.oldestDaysOverdue || a.owner.localeCompare(b.owner);
  });
}
