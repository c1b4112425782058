import { addDays } from '../dates';
import type { IsoDate } from '../ledger';
import { type OverdueTrend, overdueTrend, type PortfolioSnapshot } from '../metrics';

export interface TrendWindow {
  from: IsoDate;
  to: IsoDate;
  series: OverdueTrend[];
}

/** Overdue per currency from the daily snapshots of the `days` days ending on `asOf` (inclusive). */
export function trendWindow(snapshots: Iterable<PortfolioSnapshot>, asOf: IsoDate, days = 90): TrendWindow {
  const from = addDays(asOf, -(days - 1));
  const inside: PortfolioSnapshot[] = [];
  for (const s of snapshots) if (s.date >= from && s.date <= asOf) inside.push(s);
  return { from, to: asOf, series: overdueTrend(inside) };
}
