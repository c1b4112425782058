import { addDays } from '../dates';
import type { Invoice, IsoDate } from '../ledger';
import { type CountbackResult, ceiFromSnapshots, dsoCountbackOf, dsoOf, type PortfolioSnapshot } from '../metrics';

export interface CurrencyMetrics {
  currency: string;
  /** Standard DSO over the `dsoDays` ending on the ledger date; null without credit sales in the period. */
  dso: number | null;
  dsoDays: number;
  /** Countback DSO over the last `countbackMonths` calendar months. */
  countback: CountbackResult;
  countbackMonths: number;
  /**
   * CEI in percent over the `ceiDays` ending on the ledger date, from the snapshot of the day before the period
   * and the latest one; null until the snapshots reach back that far (or when CEI is undefined).
   */
  cei: number | null;
  ceiDays: number;
}

export interface MetricPeriods {
  dsoDays: number;
  countbackMonths: number;
  ceiDays: number;
}

export const DEFAULT_PERIODS: MetricPeriods = { dsoDays: 90, countbackMonths: 12, ceiDays: 30 };

/** DSO (standard and countback) and CEI of each currency on the ledger date `asOf`. */
export function currencyMetrics(
  invoices: readonly Invoice[],
  snapshots: readonly PortfolioSnapshot[],
  currencies: readonly string[],
  asOf: IsoDate,
  periods: MetricPeriods = DEFAULT_PERIODS,
): CurrencyMetrics[] {
  return currencies.map((currency) => {
    const own = invoices.filter((i) => i.currency === currency);
    return {
      currency,
      dso: dsoOf(own, currency, addDays(asOf, -(periods.dsoDays - 1)), asOf),
      dsoDays: periods.dsoDays,
      countback: dsoCountbackOf(own, currency, asOf, periods.countbackMonths),
      countbackMonths: periods.countbackMonths,
      cei: ceiFromSnapshots(snapshots, own, currency, addDays(asOf, -(periods.ceiDays - 1)), asOf),
      ceiDays: periods.ceiDays,
    };
  });
}
