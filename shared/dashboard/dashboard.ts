import { portfolioAging } from '../aging';
import type { Customer, Invoice, IsoDate } from '../ledger';
import type { PortfolioSnapshot } from '../metrics';
import { agingBars, type CurrencyBar } from './bars';
import { type CurrencyMetrics, currencyMetrics } from './metrics';
import { type OwnerRow, ownerRows } from './owners';
import { type TrendWindow, trendWindow } from './trend';
import { type WorstCustomer, worstCustomers } from './worst';

export interface DashboardInput {
  customers: readonly Customer[];
  invoices: readonly Invoice[];
  snapshots: readonly PortfolioSnapshot[];
  /** The ledger date the figures are for (the user's today). */
  asOf: IsoDate;
}

export interface Dashboard {
  asOf: IsoDate;
  bucketIds: string[];
  bars: CurrencyBar[];
  trend: TrendWindow;
  metrics: CurrencyMetrics[];
  worst: WorstCustomer[];
  owners: OwnerRow[];
  customerCount: number;
  invoiceCount: number;
}

/** Everything the dashboard shows, computed in one pass over the portfolio (linear in the invoices). */
export function dashboardOf(input: DashboardInput): Dashboard {
  const byId = new Map(input.customers.map((c) => [c.id, c]));
  const portfolio = portfolioAging(input.invoices, input.asOf, undefined, { ownerOf: (id) => byId.get(id)?.owner });
  const bars = agingBars(portfolio.currencies);
  const overdueIds = new Set(portfolio.customers.filter((r) => r.aging.oldestDaysOverdue > 0).map((r) => r.customerId));
  return {
    asOf: input.asOf,
    bucketIds: portfolio.buckets.map((b) => b.id),
    bars,
    trend: trendWindow(input.snapshots, input.asOf),
    metrics: currencyMetrics(
      input.invoices,
      input.snapshots,
      bars.map((b) => b.currency),
      input.asOf,
    ),
    worst: worstCustomers(portfolio.customers, byId),
    owners: ownerRows(portfolio.owners ?? [], overdueIds),
    customerCount: input.customers.length,
    invoiceCount: input.invoices.length,
  };
}
