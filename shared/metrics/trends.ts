import { addDays, daysBetween } from '../dates';
import type { Invoice, IsoDate } from '../ledger';
import { cei, dsoStandard } from './dso';
import { creditSales, periodDays } from './period';
import { type PortfolioSnapshot, seriesOf, snapshotOn } from './snapshot';

export interface TrendPoint {
  date: IsoDate;
  open: number;
  overdue: number;
  /** overdue / open in basis points (floor); null when nothing is open. */
  overdueShareBps: number | null;
}

export interface OverdueTrend {
  currency: string;
  points: TrendPoint[];
  /** Last overdue minus first overdue (minor units). */
  change: number;
  direction: 'up' | 'down' | 'flat';
  /** Least-squares slope of overdue over calendar days (minor units per day); 0 with fewer than two points. */
  slopePerDay: number;
}

function shareBps(part: number, whole: number): number | null {
  return whole > 0 ? Math.floor((part * 10_000) / whole) : null;
}

function slope(points: readonly TrendPoint[]): number {
  if (points.length < 2) return 0;
  const first = points[0]!.date;
  const xs = points.map((p) => daysBetween(first, p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.overdue, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    const dx = xs[i]! - meanX;
    num += dx * (p.overdue - meanY);
    den += dx * dx;
  });
  return den === 0 ? 0 : num / den;
}

/** Overdue over time per currency (currencies sorted), from daily snapshots in any order. */
export function overdueTrend(snapshots: Iterable<PortfolioSnapshot>): OverdueTrend[] {
  const list = [...snapshots];
  const currencies = [...new Set(list.map((s) => s.currency))].sort();
  return currencies.map((currency) => {
    const points = seriesOf(list, currency).map((s) => ({
      date: s.date,
      open: s.open,
      overdue: s.overdue,
      overdueShareBps: shareBps(s.overdue, s.open),
    }));
    const change = points.length ? points[points.length - 1]!.overdue - points[0]!.overdue : 0;
    return {
      currency,
      points,
      change,
      direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
      slopePerDay: slope(points),
    };
  });
}

/**
 * Standard DSO over [from, to] with the receivables of the latest snapshot on or before `to` and the net credit
 * sales of invoices issued in the period. Null without such a snapshot or without sales.
 */
export function dsoFromSnapshots(
  snapshots: Iterable<PortfolioSnapshot>,
  invoices: Iterable<Invoice>,
  currency: string,
  from: IsoDate,
  to: IsoDate,
): number | null {
  const end = snapshotOn(snapshots, currency, to);
  if (!end) return null;
  return dsoStandard(end.open, creditSales(invoices, currency, from, to), periodDays(from, to));
}

/** Rolling standard DSO at each snapshot date of a currency, over the `windowDays` ending on that date. */
export function dsoTrend(
  snapshots: Iterable<PortfolioSnapshot>,
  invoices: Iterable<Invoice>,
  currency: string,
  windowDays: number,
): { date: IsoDate; dso: number | null }[] {
  const list = [...invoices];
  return seriesOf(snapshots, currency).map((s) => {
    const from = addDays(s.date, -(windowDays - 1));
    return { date: s.date, dso: dsoStandard(s.open, creditSales(list, currency, from, s.date), windowDays) };
  });
}

/**
 * CEI over [from, to] from snapshots: beginning AR is the latest snapshot before `from` (the day before the
 * period), ending AR and ending current AR (open − overdue) the latest on or before `to`; credit sales from
 * invoices issued in the period. Null when either snapshot is missing or CEI is undefined.
 */
export function ceiFromSnapshots(
  snapshots: Iterable<PortfolioSnapshot>,
  invoices: Iterable<Invoice>,
  currency: string,
  from: IsoDate,
  to: IsoDate,
): number | null {
  const list = [...snapshots];
  const begin = snapshotOn(list, currency, addDays(from, -1));
  const end = snapshotOn(list, currency, to);
  if (!begin || !end) return null;
  return cei({
    beginningReceivables: begin.open,
    creditSales: creditSales(invoices, currency, from, to),
    endingReceivables: end.open,
    endingCurrent: end.open - end.overdue,
  });
}
