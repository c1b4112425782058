import { type Channel, lintText } from 'shared/compliance';
import { appendAudit, exportAuditLog, listAuditEntries } from 'shared/db/auditRepo';
import { accountFacts, auditRecipients, contactAddresses, decideRecord, historyFromAudit, reminderDraft, suggestedChannel, suggestedLocale, templateChoices } from 'shared/reminders';
import { evaluateReminder } from 'shared/compliance';
import { stageInfo } from 'shared/templates';
import type { Request, ResponseMap } from '../../messaging';
import type { RecordReminderResult, RenderReminderResult, TemplateOption, VerdictView } from '../../protocol/reminders';
import { availableTemplates, fullViewOf, importedAt, reminderSetting, templateVersion } from './reminderContext';
import { judge, renderFor } from './reminderJudge';
import { reminderPanelActions } from './reminderPanelActions';
import type { ReminderServices } from './reminderContext';

/** How far ahead a copied reminder may be planned. */
const MAX_PLAN_AHEAD_MS = 14 * 86_400_000;
/** Clock difference tolerated between the page and the background. */
const CLOCK_SLACK_MS = 5 * 60_000;

const verdictView = (v: { decision: VerdictView['decision']; findings: VerdictView['findings']; nextAllowedAt?: number }): VerdictView =>
  v.nextAllowedAt === undefined ? { decision: v.decision, findings: v.findings } : { decision: v.decision, findings: v.findings, nextAllowedAt: v.nextAllowedAt };

type ReminderType = 'panel' | 'reminderOptions' | 'renderReminder' | 'lintDraft' | 'recordReminder' | 'recordPromise' | 'openDispute' | 'resolveDispute' | 'exportAudit';

/** Handlers over only the database and the clock, so tests can drive them with an in-memory database. */
export type ReminderHandlers = { [K in ReminderType]: (s: ReminderServices, r: Extract<Request, { type: K }>) => Promise<ResponseMap[K]> };

export const reminderHandlers: ReminderHandlers = {
  panel: async (s, r) => {
    const [view, at, setting] = await Promise.all([fullViewOf(s, r.customerId), importedAt(s.db), reminderSetting(s)]);
    return at === undefined ? { view, profileReady: setting.profileReady } : { view, importedAt: at, profileReady: setting.profileReady };
  },

  reminderOptions: async (s, r) => {
    const [view, templates] = await Promise.all([fullViewOf(s, r.customerId), availableTemplates(s.db)]);
    const channel = r.channel ?? suggestedChannel(view);
    const locale = r.locale ?? suggestedLocale(view);
    const choices = templateChoices(templates, view, { channel, locale });
    const options = choices.map(
      ({ stage, template }, i): TemplateOption => ({
        id: template.id,
        version: template.version,
        stage,
        stageLabel: stageInfo(stage).label,
        name: template.name,
        forTier: template.tierTone !== undefined,
        suggested: i === 0,
      }),
    );
    return { channel, locale, suggestedChannel: suggestedChannel(view), templates: options, recipients: { to: contactAddresses(view.contacts, channel) } };
  },

  renderReminder: async (s, r): Promise<RenderReminderResult> => {
    const [view, setting, template] = await Promise.all([fullViewOf(s, r.customerId), reminderSetting(s), templateVersion(s.db, r.templateId, r.templateVersion)]);
    if (!template) throw new Error('unknown template');
    const rendered = renderFor(view, setting, template, r.channel, r.locale);
    if (!rendered.ok) return { ok: false, errors: rendered.errors };
    const at = r.at ?? s.now();
    const subject = r.edited?.subject ?? rendered.value.subject;
    const text = r.edited ? r.edited.text : rendered.value.text;
    const unedited = text === rendered.value.text && subject === rendered.value.subject;
    const { verdict, invoices } = await judge(s, view, setting, { channel: r.channel, recipients: r.recipients, subject, text, at, template, unedited });
    const out: RenderReminderResult = { ok: true, text, invoices, at, verdict: verdictView(verdict) };
    if (subject !== undefined) out.subject = subject;
    if (unedited && rendered.value.html !== undefined) out.html = rendered.value.html;
    if (rendered.value.segments) out.segments = rendered.value.segments;
    return out;
  },

  // Compose linting on every pause in typing: no aging, no templates; only the customer, its contacts and recent history.
  lintDraft: async (s, r) => {
    const setting = await reminderSetting(s);
    const context = {
      pack: setting.pack,
      creditorPhoneNumbers: setting.profile.contactPhone ? [setting.profile.contactPhone] : [],
      creditorAccountNumbers: setting.profile.bankAccount ? [setting.profile.bankAccount] : [],
    };
    if (!r.customerId || !r.recipients) {
      const findings = [
        ...(r.subject ? lintText(r.subject, context).map((f) => ({ ...f, field: 'subject' as const })) : []),
        ...lintText(r.text, context).map((f) => ({ ...f, field: 'text' as const })),
      ];
      const decision = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'allow';
      return { decision, findings };
    }
    const customer = await s.db.customers.get(r.customerId);
    if (!customer) throw new Error('unknown customer');
    const at = s.now();
    const [contacts, history] = await Promise.all([
      s.db.contacts.where('customerId').equals(r.customerId).toArray(),
      listAuditEntries(s.db, { customerId: r.customerId, from: at - 7 * 86_400_000 }),
    ]);
    const account = accountFacts({ customer, emailDomains: customer.emailDomains, contacts }, setting.profile, [], setting.ledgerAsOf);
    const draft = reminderDraft({ channel: r.channel, recipients: r.recipients, subject: r.subject, text: r.text, at, tone: 'gentle', timeZone: customer.timeZone, account });
    return verdictView(evaluateReminder(draft, historyFromAudit(history), setting.pack));
  },

  recordReminder: async (s, r): Promise<RecordReminderResult> => {
    const now = s.now();
    const planned = r.at !== undefined && (r.action === 'copied' || r.action === 'draft-opened');
    if (r.at !== undefined && (!planned || r.at < now - CLOCK_SLACK_MS || r.at > now + MAX_PLAN_AHEAD_MS)) return { ok: false, code: 'bad-time', findings: [] };
    const at = planned && r.at !== undefined ? Math.max(r.at, now) : now;
    const [view, setting] = await Promise.all([fullViewOf(s, r.customerId), reminderSetting(s)]);
    const template = r.template ? await templateVersion(s.db, r.template.id, r.template.version) : undefined;
    if (r.template && !template) throw new Error('unknown template');
    let unedited = false;
    let sameText = false;
    if (template) {
      const rendered = renderFor(view, setting, template, r.channel as Channel, template.locale);
      sameText = rendered.ok && rendered.value.text === r.text;
      unedited = sameText && rendered.ok && rendered.value.subject === r.subject;
    }
    const { verdict, invoices } = await judge(s, view, setting, { channel: r.channel, recipients: r.recipients, subject: r.subject, text: r.text, at, template, unedited });
    const decision = decideRecord(verdict, r.override);
    if (!decision.ok) return { ok: false, code: decision.code, findings: decision.findings };
    const entry = await appendAudit(s.db, {
      time: now,
      user: setting.profile.userName || 'unknown',
      role: setting.profile.userRole,
      customerId: view.customer.id,
      customerName: view.customer.name,
      invoices,
      channel: r.channel,
      action: r.action,
      recipients: auditRecipients(r.recipients),
      // The template pins the wording only when the text is its rendering; an edited text is recorded as free text.
      template: sameText ? r.template : null,
      ...(r.subject === undefined ? {} : { subject: r.subject }),
      text: r.text,
      verdict: decision.verdict,
      ...(decision.override ? { override: { by: setting.profile.userName || 'unknown', reason: decision.override.reason } } : {}),
    });
    return { ok: true, entry };
  },

  exportAudit: async (s, r) => {
    const now = s.now();
    const text = await exportAuditLog(s.db, r.format, r.customerId ? { customerId: r.customerId } : {}, now);
    const count = (await listAuditEntries(s.db, r.customerId ? { customerId: r.customerId } : {})).length;
    const stamp = new Date(now).toISOString().slice(0, 10);
    return { text, count, fileName: `ar-lens-audit${r.customerId ? `-${r.customerId}` : ''}-${stamp}.${r.format}` };
  },

  ...reminderPanelActions,
};
