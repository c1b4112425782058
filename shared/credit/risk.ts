import { agingOf } from '../aging';
import type { Invoice, IsoDate } from '../ledger';
import { averageDaysLate } from '../metrics';
import type { RiskAssessment, RiskGrade, RiskOverride, RiskReason, RiskThresholds } from './types';

/** Average days late ≤ 5 / 15 / 30; overdue share ≤ 10 % / 25 % / 50 %; oldest overdue ≤ 15 / 45 / 90 days. */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  averageDaysLate: [5, 15, 30],
  overdueShareBps: [1000, 2500, 5000],
  oldestDaysOverdue: [15, 45, 90],
};

const GRADES: readonly RiskGrade[] = ['A', 'B', 'C', 'D'];

function gradeFor(value: number, bounds: readonly [number, number, number]): RiskGrade {
  const i = bounds.findIndex((b) => value <= b);
  return GRADES[i === -1 ? 3 : i]!;
}

function worse(a: RiskGrade, b: RiskGrade): RiskGrade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

export interface RiskOptions {
  override?: RiskOverride | null;
  thresholds?: RiskThresholds;
}

/**
 * Risk grade A (best) to D from payment behaviour on `asOf`; the worst of three factors:
 * average days late on invoices paid by `asOf` (no history: not graded, listed as a reason),
 * the worst currency's overdue share of open receivables (undisputed, credits not netted), and the oldest
 * undisputed overdue invoice. A user override wins and is reported as such, with the computed grade kept.
 */
export function riskGrade(invoices: Iterable<Invoice>, asOf: IsoDate, options: RiskOptions = {}): RiskAssessment {
  const t = options.thresholds ?? DEFAULT_RISK_THRESHOLDS;
  const list = [...invoices];
  const reasons: RiskReason[] = [];
  let grade: RiskGrade = 'A';

  const late = averageDaysLate(list, { to: asOf });
  if (late.averageDaysLate === null) {
    reasons.push({ code: 'no-payment-history', grade: null, params: {} });
  } else {
    const g = gradeFor(late.averageDaysLate, t.averageDaysLate);
    grade = worse(grade, g);
    reasons.push({
      code: 'average-days-late',
      grade: g,
      params: { days: Math.round(late.averageDaysLate * 10) / 10, count: late.count },
    });
  }

  const aging = agingOf(list, asOf);
  let share: number | null = null;
  let shareCurrency = '';
  for (const c of aging.currencies) {
    if (c.receivable <= 0) continue;
    const bps = Math.floor((c.overdue * 10_000) / c.receivable);
    if (share === null || bps > share) {
      share = bps;
      shareCurrency = c.currency;
    }
  }
  if (share !== null) {
    const g = gradeFor(share, t.overdueShareBps);
    grade = worse(grade, g);
    reasons.push({ code: 'overdue-share', grade: g, params: { bps: share, currency: shareCurrency } });
  }

  const oldest = aging.oldestDaysOverdue;
  const g = gradeFor(oldest, t.oldestDaysOverdue);
  grade = worse(grade, g);
  reasons.push({ code: 'oldest-overdue', grade: g, params: { days: oldest } });

  const override = options.override ?? null;
  if (override) {
    reasons.unshift({
      code: 'override',
      grade: override.grade,
      params: { reason: override.reason, by: override.by, at: override.at, computed: grade },
    });
  }
  return {
    grade: override?.grade ?? grade,
    source: override ? 'override' : 'computed',
    computedGrade: grade,
    override,
    reasons,
    metrics: {
      averageDaysLate: late.averageDaysLate,
      paidCount: late.count,
      overdueShareBps: share,
      oldestDaysOverdue: oldest,
    },
  };
}
