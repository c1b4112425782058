import { addDays, type Calendar, daysBetween } from '../dates';
import { type Invoice, type IsoDate, TIERS, type Tier } from '../ledger';
import { brokenPromiseCount, type Dispute, type PauseReason, type PromiseToPay, pausedInvoices } from '../promises';
import { DEFAULT_DUNNING_PLAN } from './defaultPlan';
import type { DunningPlan, DunningStep, StepOwner } from './types';

/**
 * business-day: the scheduled date is a working day; rolled: moved forward onto the next working day;
 * calendar-unknown: the calendar does not know that year, `date` is the unrolled date (never guessed);
 * no-calendar: no calendar was given, `date` is the unrolled date.
 */
export type DateStatus = 'business-day' | 'rolled' | 'calendar-unknown' | 'no-calendar';

export interface ScheduledStep {
  /** Position of the step in its tier's plan (0-based). */
  index: number;
  step: DunningStep;
  owner: StepOwner;
  /** Due date + offset. */
  scheduledDate: IsoDate;
  /** The day the step falls on: rolled forward to a working day when the calendar knows the year. */
  date: IsoDate;
  dateStatus: DateStatus;
}

export interface InvoiceDunning {
  invoiceId: string;
  customerId: string;
  tier: Tier;
  daysOverdue: number;
  /** The last step whose date ≤ asOf; null before the first step. */
  stage: ScheduledStep | null;
  /** The step after `stage`; null when the plan is exhausted. */
  next: ScheduledStep | null;
  /** Set when reminders for this invoice are on hold; the stage is still reported. */
  paused: PauseReason | null;
}

export interface DunningOptions {
  plan?: DunningPlan;
  /** Working-day calendar for rolling step dates; without it dates are reported unrolled ('no-calendar'). */
  calendar?: Calendar;
  promises?: readonly PromiseToPay[];
  disputes?: readonly Dispute[];
  /** Days after a promise's date before it counts as broken and reminders resume. Default 0. */
  graceDays?: number;
}

export interface CustomerDunning {
  tier: Tier;
  asOf: IsoDate;
  planId: string;
  planVersion: string;
  /** The worst open invoice that is not paused: highest stage, then oldest due date. */
  worstInvoiceId: string | null;
  /** The customer's stage: the worst invoice's stage raised by `escalationLevel`, capped at the last step. */
  stage: ScheduledStep | null;
  next: ScheduledStep | null;
  /** Who owns the next step (or the current one when the plan is exhausted). */
  owner: StepOwner | null;
  /** Steps added by broken promises (one each). */
  escalationLevel: number;
  /** True when escalation moved the stage beyond what the dates alone give. */
  escalated: boolean;
  /** Every open invoice, paused ones included, worst first. */
  invoices: InvoiceDunning[];
  pausedInvoiceIds: string[];
}

/** A tier's steps in ascending offset order. */
export function stepsFor(plan: DunningPlan, tier: Tier): DunningStep[] {
  return [...(plan.tiers[tier] ?? [])].sort((a, b) => a.offsetDays - b.offsetDays);
}

/** Problems with a plan from a rule pack (empty when usable). */
export function dunningPlanProblems(plan: DunningPlan): string[] {
  const problems: string[] = [];
  for (const tier of TIERS) {
    const steps = plan.tiers[tier];
    if (!Array.isArray(steps)) {
      problems.push(`tier ${tier}: no steps`);
      continue;
    }
    steps.forEach((s, i) => {
      if (!Number.isInteger(s.offsetDays)) problems.push(`tier ${tier} step ${i}: offsetDays is not an integer`);
      if (s.channels.length === 0) problems.push(`tier ${tier} step ${i}: no channel`);
      const prev = steps[i - 1];
      if (prev && prev.offsetDays >= s.offsetDays) problems.push(`tier ${tier} step ${i}: offsets not ascending`);
    });
  }
  return problems;
}

/** Places a step on the calendar: due date + offset, rolled forward onto a working day when the year is known. */
export function scheduleStep(dueDate: IsoDate, step: DunningStep, index: number, calendar?: Calendar): ScheduledStep {
  const scheduledDate = addDays(dueDate, step.offsetDays);
  const base = { index, step, owner: step.owner, scheduledDate };
  if (!calendar) return { ...base, date: scheduledDate, dateStatus: 'no-calendar' };
  const rolled = calendar.rollToBusinessDay(scheduledDate, 1);
  if (rolled === null) return { ...base, date: scheduledDate, dateStatus: 'calendar-unknown' };
  return { ...base, date: rolled, dateStatus: rolled === scheduledDate ? 'business-day' : 'rolled' };
}

function isDunnable(inv: Invoice): boolean {
  return inv.kind === 'invoice' && inv.openAmount > 0;
}

function stageAndNext(
  dueDate: IsoDate,
  steps: readonly DunningStep[],
  asOf: IsoDate,
  calendar: Calendar | undefined,
): { stage: ScheduledStep | null; next: ScheduledStep | null } {
  const placed = steps.map((s, i) => scheduleStep(dueDate, s, i, calendar));
  let current = -1;
  placed.forEach((p, i) => {
    if (p.date <= asOf) current = i;
  });
  return { stage: placed[current] ?? null, next: placed[current + 1] ?? null };
}

function dunningOf(
  inv: Invoice,
  tier: Tier,
  steps: readonly DunningStep[],
  asOf: IsoDate,
  calendar: Calendar | undefined,
  paused: PauseReason | null,
): InvoiceDunning {
  return {
    invoiceId: inv.id,
    customerId: inv.customerId,
    tier,
    daysOverdue: daysBetween(inv.dueDate, asOf),
    ...stageAndNext(inv.dueDate, steps, asOf, calendar),
    paused,
  };
}

/**
 * Where one invoice stands in its tier's plan on `asOf`. A step counts as reached on its working-day date
 * (or its unrolled date when the calendar cannot say). Returns null for items that are not chased:
 * credit notes and invoices with nothing open.
 */
export function invoiceDunning(
  invoice: Invoice,
  tier: Tier,
  asOf: IsoDate,
  options: DunningOptions = {},
): InvoiceDunning | null {
  if (!isDunnable(invoice)) return null;
  const plan = options.plan ?? DEFAULT_DUNNING_PLAN;
  const pause = pausedInvoices([invoice], options.promises ?? [], options.disputes ?? [], asOf, options.graceDays ?? 0);
  return dunningOf(invoice, tier, stepsFor(plan, tier), asOf, options.calendar, pause.get(invoice.id) ?? null);
}

function worstFirst(a: InvoiceDunning, b: InvoiceDunning): number {
  return (
    (b.stage?.index ?? -1) - (a.stage?.index ?? -1) ||
    b.daysOverdue - a.daysOverdue ||
    a.invoiceId.localeCompare(b.invoiceId)
  );
}

/**
 * A customer's dunning position on `asOf`: the worst open invoice that is not paused decides the stage; paused
 * invoices (promise until date + grace, open dispute, ledger dispute flag) are listed but do not count.
 * Each broken promise that still covers an open invoice moves the stage one step up (`escalationLevel`,
 * which can also be given explicitly); the escalated step is due now and the following step keeps its date.
 */
export function customerDunning(
  invoices: Iterable<Invoice>,
  tier: Tier,
  asOf: IsoDate,
  options: DunningOptions & { escalationLevel?: number } = {},
): CustomerDunning {
  const plan = options.plan ?? DEFAULT_DUNNING_PLAN;
  const steps = stepsFor(plan, tier);
  const grace = options.graceDays ?? 0;
  const all = [...invoices];
  const pause = pausedInvoices(all, options.promises ?? [], options.disputes ?? [], asOf, grace);
  const rows = all
    .filter(isDunnable)
    .map((inv) => dunningOf(inv, tier, steps, asOf, options.calendar, pause.get(inv.id) ?? null))
    .sort(worstFirst);
  const level = options.escalationLevel ?? brokenPromiseCount(options.promises ?? [], all, asOf, grace);
  const worst = rows.find((r) => r.paused === null) ?? null;
  const result: CustomerDunning = {
    tier,
    asOf,
    planId: plan.id,
    planVersion: plan.version,
    worstInvoiceId: worst?.invoiceId ?? null,
    stage: worst?.stage ?? null,
    next: worst?.next ?? null,
    owner: null,
    escalationLevel: level,
    escalated: false,
    invoices: rows,
    pausedInvoiceIds: rows.filter((r) => r.paused !== null).map((r) => r.invoiceId),
  };
  if (worst && level > 0 && steps.length > 0) {
    const dueDate = all.find((inv) => inv.id === worst.invoiceId)!.dueDate;
    const baseIndex = worst.stage?.index ?? -1;
    const index = Math.min(baseIndex + level, steps.length - 1);
    if (index !== baseIndex) {
      result.escalated = true;
      result.stage = scheduleStep(dueDate, steps[index]!, index, options.calendar);
      const following = steps[index + 1];
      result.next = following ? scheduleStep(dueDate, following, index + 1, options.calendar) : null;
    }
  }
  result.owner = result.next?.owner ?? result.stage?.owner ?? null;
  return result;
}
