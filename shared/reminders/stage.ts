import type { Channel } from '../compliance';
import type { Tone } from '../dunning';
import type { ReminderTemplate, TemplateChannel, TemplateLocale, TemplateStage } from '../templates';
// The stages module only: the template library stays out of bundles that just need stage logic.
import { selectTemplates, stageForDay } from '../templates/stages';
import type { CustomerFullView, OpenInvoiceView } from '../view';

/** An invoice a reminder may chase: a real invoice with something open and no promise or dispute holding it. */
export function isChaseable(inv: OpenInvoiceView): boolean {
  return inv.kind === 'invoice' && inv.openAmount > 0 && !inv.paused && !inv.disputed;
}

function dayStageOfTone(tone: Tone, worstDays: number): TemplateStage {
  if (tone === 'gentle') return 'gentle';
  if (tone === 'firm') return 'firm';
  if (tone === 'formal' || tone === 'legal') return 'formal-demand';
  return stageForDay(Math.min(worstDays, 0)) ?? 'pre-due-7';
}

/**
 * The day-driven template stage for the customer: the tone of its dunning stage (tier plan, escalation by
 * broken promises) decides; before the first step the days alone decide. Null when nothing is chaseable.
 */
export function dayStage(view: CustomerFullView): TemplateStage | null {
  const chaseable = view.openInvoices.filter(isChaseable);
  if (chaseable.length === 0) return null;
  const worst = Math.max(...chaseable.map((i) => i.daysOverdue));
  if (view.dunning.stage) return dayStageOfTone(view.dunning.stage.step.tone, worst);
  return stageForDay(worst);
}

/** Stages that make sense for this customer now, the suggested one first. */
export function reminderStages(view: CustomerFullView): TemplateStage[] {
  const stages: TemplateStage[] = [];
  if (view.promises.some((p) => p.state === 'broken' && promiseInvoices(view, p.invoiceIds).length > 0)) stages.push('broken-promise');
  const day = dayStage(view);
  if (day) stages.push(day);
  if (view.openInvoices.some(isChaseable)) stages.push('statement');
  if (view.promises.some((p) => p.state === 'active')) stages.push('promise-confirmation');
  return stages;
}

function promiseInvoices(view: CustomerFullView, ids: readonly string[]): OpenInvoiceView[] {
  const wanted = new Set(ids);
  return view.openInvoices.filter((i) => wanted.has(i.id) && i.kind === 'invoice' && i.openAmount > 0);
}

/** The promise a promise-stage reminder is about: the latest broken one, or the latest active one. */
export function promiseFor(view: CustomerFullView, stage: TemplateStage): CustomerFullView['promises'][number] | undefined {
  const state = stage === 'broken-promise' ? 'broken' : stage === 'promise-confirmation' ? 'active' : undefined;
  if (!state) return undefined;
  return view.promises.filter((p) => p.state === state).sort((a, b) => b.createdAt - a.createdAt)[0];
}

/**
 * The invoices a reminder of this stage is about, worst first: overdue ones for the overdue stages, those
 * due within the week before it, every chaseable one for a statement, the promise's for promise stages.
 */
export function invoicesForStage(view: CustomerFullView, stage: TemplateStage): OpenInvoiceView[] {
  const promise = promiseFor(view, stage);
  if (promise) return promiseInvoices(view, promise.invoiceIds);
  const chaseable = view.openInvoices.filter(isChaseable);
  switch (stage) {
    case 'gentle':
    case 'firm':
    case 'formal-demand':
      return chaseable.filter((i) => i.daysOverdue > 0);
    case 'pre-due-7':
    case 'pre-due-1':
    case 'due-day':
      return chaseable.filter((i) => i.daysOverdue >= -7 && i.daysOverdue <= 0);
    default:
      return chaseable;
  }
}

/** The channel the dunning plan names for the current step (its first), e-mail when it names none. */
export function suggestedChannel(view: CustomerFullView): Channel {
  return view.dunning.stage?.step.channels[0] ?? 'email';
}

/** zh_CN for a customer whose name is written in Chinese characters, English otherwise. */
export function suggestedLocale(view: Pick<CustomerFullView, 'customer'>): TemplateLocale {
  return /[\u3400-\u9fff]/.test(view.customer.name) ? 'zh_CN' : 'en';
}

export interface TemplateChoice {
  stage: TemplateStage;
  template: ReminderTemplate;
}

/**
 * The templates for the customer's stages, channel, locale and tier: the suggested stage's templates first
 * (tier variants first within a stage), then the other stages that apply. Pass the latest version of each id.
 */
export function templateChoices(
  templates: readonly ReminderTemplate[],
  view: CustomerFullView,
  want: { channel: TemplateChannel; locale: TemplateLocale },
): TemplateChoice[] {
  return reminderStages(view).flatMap((stage) =>
    selectTemplates(templates, { stage, channel: want.channel, locale: want.locale, tier: view.customer.tier }).map((template) => ({ stage, template })),
  );
}
