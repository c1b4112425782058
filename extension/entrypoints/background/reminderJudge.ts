import { type Channel, type DraftPurpose, evaluateReminder, type Verdict } from 'shared/compliance';
import { listAuditEntries } from 'shared/db/auditRepo';
import { type ReminderRecipients, accountFacts, historyFromAudit, invoicesForStage, reminderDraft, reminderVariables } from 'shared/reminders';
import { type RenderResult, type ReminderTemplate, type TemplateLocale, renderTemplate, stageInfo } from 'shared/templates';
import type { CustomerFullView } from 'shared/view';
import type { ReminderServices, ReminderSetting } from './reminderContext';

/** Only a template says a message is not a demand; free text is judged as one. */
function purposeOf(template: ReminderTemplate | undefined): DraftPurpose {
  const stage = template?.stage;
  return stage === 'promise-confirmation' || stage === 'thanks' || stage === 'statement' ? stage : 'demand';
}

/** The longest frequency-cap window of a pack, in ms: history older than that cannot matter. */
function capWindowMs(setting: ReminderSetting): number {
  const hours = setting.pack.rules.map((r) => (r.kind === 'frequency-cap' ? r.params.windowHours : 0));
  return Math.max(24, ...hours) * 3_600_000;
}

/** Renders a template for the customer at the template's stage. */
export function renderFor(view: CustomerFullView, setting: ReminderSetting, template: ReminderTemplate, channel: Channel, locale: TemplateLocale): RenderResult {
  return renderTemplate(template, reminderVariables(view, setting.profile, { stage: template.stage, locale }), { channel, locale });
}

export interface JudgeInput {
  channel: Channel;
  recipients: ReminderRecipients;
  subject?: string;
  text: string;
  at: number;
  /** The template used; its stage gives the tone and the invoices, its sections count only for its own unedited text. */
  template?: ReminderTemplate;
  /** True when `text`/`subject` are exactly the template's rendering. */
  unedited: boolean;
}

/**
 * The compliance verdict, always computed here from the text, the recipients, the moment and the customer's
 * history in the audit log: nothing a client says about a verdict is trusted.
 */
export async function judge(s: ReminderServices, view: CustomerFullView, setting: ReminderSetting, input: JudgeInput): Promise<{ verdict: Verdict; invoices: string[] }> {
  const stage = input.template?.stage ?? 'statement';
  const invoices = invoicesForStage(view, stage);
  const history = await listAuditEntries(s.db, { customerId: view.customer.id, from: input.at - capWindowMs(setting) });
  const draft = reminderDraft({
    purpose: purposeOf(input.template),
    channel: input.channel,
    recipients: input.recipients,
    subject: input.subject,
    text: input.text,
    at: input.at,
    tone: stageInfo(stage).tone,
    includedSections: input.unedited ? input.template?.sections : undefined,
    timeZone: view.timeZone,
    account: accountFacts(view, setting.profile, invoices, setting.ledgerAsOf),
  });
  return { verdict: evaluateReminder(draft, historyFromAudit(history), setting.pack), invoices: invoices.map((i) => i.number) };
}
