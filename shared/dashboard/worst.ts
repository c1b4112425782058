import type { CustomerAgingRow } from '../aging';
import type { Customer } from '../ledger';

export interface OverdueAmount {
  currency: string;
  /** Undisputed past-due receivables in minor units. */
  amount: number;
}

export interface WorstCustomer {
  customerId: string;
  name: string;
  code?: string;
  owner?: string;
  /** Days the oldest undisputed overdue invoice is past due. */
  oldestDaysOverdue: number;
  /** Per currency with something overdue, largest first. */
  overdue: OverdueAmount[];
}

function overdueOf(row: CustomerAgingRow): OverdueAmount[] {
  return row.aging.currencies
    .filter((c) => c.overdue > 0)
    .map((c) => ({ currency: c.currency, amount: c.overdue }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}

/**
 * The customers most behind: oldest undisputed overdue first, then the larger overdue amount, then id.
 * Amounts of different currencies are never added; a customer's largest single-currency overdue breaks
 * ties on days (customers normally owe in one currency). Customers with nothing overdue are left out.
 */
export function worstCustomers(
  rows: readonly CustomerAgingRow[],
  customers: ReadonlyMap<string, Customer>,
  limit = 10,
): WorstCustomer[] {
  const out: WorstCustomer[] = [];
  for (const row of rows) {
    if (row.aging.oldestDaysOverdue <= 0) continue;
    const c = customers.get(row.customerId);
    out.push({
      customerId: row.customerId,
      name: c?.name ?? row.customerId,
      ...(c?.code ? { code: c.code } : {}),
      ...(c?.owner ? { owner: c.owner } : {}),
      oldestDaysOverdue: row.aging.oldestDaysOverdue,
      overdue: overdueOf(row),
    });
  }
  const lead = (w: WorstCustomer) => w.overdue[0]?.amount ?? 0;
  out.sort(
    (a, b) =>
      b.oldestDaysOverdue - a.oldestDaysOverdue || lead(b) - lead(a) || a.customerId.localeCompare(b.customerId),
  );
  return out.slice(0, limit);
}
