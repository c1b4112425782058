import type { AuditEntry } from 'shared/audit';
import type { Decision, Finding } from 'shared/compliance';
import type { DisputeRow } from 'shared/db';
import type { PromiseToPay } from 'shared/promises';
import type { ReminderRecipients } from 'shared/reminders';
import type { MessageText, SmsSegments, TemplateChannel, TemplateError, TemplateLocale, TemplateStage } from 'shared/templates';
import type { CustomerFullView } from 'shared/view';
import * as v from 'valibot';
import { customerId, text } from './fields';

export const REMINDER_CHANNELS = ['email', 'sms', 'wechat', 'phone', 'letter'] as const;
export const REMINDER_LOCALES = ['zh_CN', 'en'] as const;
export const REMINDER_ACTIONS = ['copied', 'inserted', 'draft-opened', 'call-logged'] as const;

const channel = v.picklist(REMINDER_CHANNELS);
const locale = v.picklist(REMINDER_LOCALES);
const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const address = nonEmpty(254);
const addresses = v.pipe(v.array(address), v.maxLength(20));
const instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
const templateId = nonEmpty(160);
const templateVersion = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));
const isoDate = v.pipe(v.string(), v.isoDate());
/** A reminder text: long enough for a formal demand with a table of invoices. */
const bodyText = text(20_000);
const subject = text(300);
const id = nonEmpty(120);

export const RecipientsSchema = v.object({ to: addresses, cc: v.optional(addresses), bcc: v.optional(addresses) });

/** The customer panel, reminder dialog and their actions (promises, disputes, audit export). */
export const REMINDER_REQUESTS = [
  v.object({ type: v.literal('panel'), customerId }),
  v.object({ type: v.literal('reminderOptions'), customerId, channel: v.optional(channel), locale: v.optional(locale) }),
  v.object({
    type: v.literal('renderReminder'),
    customerId,
    templateId,
    templateVersion,
    channel,
    locale,
    recipients: RecipientsSchema,
    /** The moment the reminder is meant to go out; now when absent. */
    at: v.optional(instant),
    /** The user's edit of the rendered text (and subject, else the rendered one): judged instead of the rendering. */
    edited: v.optional(v.object({ subject: v.optional(subject), text: bodyText })),
  }),
  v.object({
    type: v.literal('lintDraft'),
    customerId: v.optional(customerId),
    channel,
    subject: v.optional(subject),
    text: bodyText,
    recipients: v.optional(RecipientsSchema),
  }),
  v.object({
    type: v.literal('recordReminder'),
    customerId,
    channel,
    action: v.picklist(REMINDER_ACTIONS),
    recipients: RecipientsSchema,
    subject: v.optional(subject),
    text: v.pipe(bodyText, v.minLength(1)),
    template: v.nullable(v.object({ id: templateId, version: templateVersion })),
    override: v.optional(v.object({ reason: text(500) })),
    /** Copy / draft only: when the user will send it (at most 14 days ahead); judged at that moment. */
    at: v.optional(instant),
  }),
  v.object({
    type: v.literal('recordPromise'),
    customerId,
    invoiceIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(200)),
    date: isoDate,
    amount: v.object({
      amount: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
    }),
  }),
  v.object({ type: v.literal('openDispute'), customerId, invoiceId: id, reason: nonEmpty(500) }),
  v.object({ type: v.literal('resolveDispute'), customerId, disputeId: id, resolution: nonEmpty(500) }),
  v.object({ type: v.literal('exportAudit'), format: v.picklist(['csv', 'json']), customerId: v.optional(customerId) }),
] as const;

export interface PanelData {
  view: CustomerFullView;
  /** When the ledger was last imported (epoch ms). */
  importedAt?: number;
  /** False until the creditor profile is complete: templates cannot render without it. */
  profileReady: boolean;
}

export interface TemplateOption {
  id: string;
  version: number;
  stage: TemplateStage;
  stageLabel: MessageText;
  name?: MessageText;
  /** Written for this customer's tier. */
  forTier: boolean;
  /** The first template of the suggested stage. */
  suggested: boolean;
}

export interface ReminderOptionsResult {
  channel: TemplateChannel;
  locale: TemplateLocale;
  /** Channel named by the customer's dunning step. */
  suggestedChannel: TemplateChannel;
  templates: TemplateOption[];
  /** The customer's contacts' addresses on this channel (opted-out contacts left out). */
  recipients: ReminderRecipients;
}

export interface VerdictView {
  decision: Decision;
  /** Spans point into the text (field 'text') or the subject (field 'subject') judged. */
  findings: Finding[];
  nextAllowedAt?: number;
}

export type RenderReminderResult =
  | {
      ok: true;
      subject?: string;
      text: string;
      html?: string;
      segments?: SmsSegments;
      /** Numbers of the invoices the reminder is about. */
      invoices: string[];
      at: number;
      verdict: VerdictView;
    }
  | { ok: false; errors: TemplateError[] };

export type RecordReminderResult =
  | { ok: true; entry: AuditEntry }
  | { ok: false; code: 'blocked' | 'override-required' | 'override-too-short' | 'bad-time'; findings: Finding[] };

export interface AuditExport {
  text: string;
  fileName: string;
  count: number;
}

export interface ReminderResponses {
  panel: PanelData;
  reminderOptions: ReminderOptionsResult;
  renderReminder: RenderReminderResult;
  lintDraft: VerdictView;
  recordReminder: RecordReminderResult;
  recordPromise: PromiseToPay;
  openDispute: DisputeRow;
  resolveDispute: DisputeRow;
  exportAudit: AuditExport;
}
