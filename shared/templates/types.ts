import type { Instant, IsoDate, Tier } from '../ledger';
import type { Money } from '../money';

/** Bilingual user-visible text. */
export interface MessageText {
  en: string;
  zh_CN: string;
}

/** Reminder stages of the template library (independent of shared/dunning's plan ids). */
export type TemplateStage =
  | 'pre-due-7'
  | 'pre-due-1'
  | 'due-day'
  | 'gentle'
  | 'firm'
  | 'formal-demand'
  | 'promise-confirmation'
  | 'broken-promise'
  | 'statement'
  | 'thanks';

export type TemplateChannel = 'email' | 'sms' | 'wechat' | 'phone' | 'letter';
export type TemplateLocale = 'zh_CN' | 'en';
/** Same tone ids as shared/compliance. */
export type TemplateTone = 'friendly' | 'gentle' | 'firm' | 'formal' | 'legal';
export type TemplateSource = 'builtin' | 'user' | 'feed';
/** Parts of a demand a template contains (same ids as shared/compliance `Section`, for `includedSections`). */
export type TemplateSection = 'balance' | 'how-to-pay' | 'how-to-dispute' | 'creditor-contact' | 'opt-out';

/**
 * One immutable version of a template. An edit creates a new version with the same id; audit entries pin
 * `id` + `version` and keep the rendered text, so an edit never changes what was recorded.
 */
export interface ReminderTemplate {
  id: string;
  version: number;
  stage: TemplateStage;
  channel: TemplateChannel;
  locale: TemplateLocale;
  /** Tiers this variant is meant for; absent = any tier. */
  tierTone?: Tier[];
  /** E-mail only. */
  subject?: string;
  /** Plain text body in the template syntax (see syntax.ts). */
  body: string;
  /** Optional HTML body (e-mail); when absent the HTML part is derived from `body`. Literal markup is trusted. */
  html?: string;
  name?: MessageText;
  /** The demand parts this template contains; pass them to the compliance verdict as `includedSections`. */
  sections?: TemplateSection[];
  source: TemplateSource;
  createdAt?: Instant;
  createdBy?: string;
}

/** An invoice as the templates show it. */
export interface TemplateInvoice {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  /** Original amount, minor units. */
  amount: number;
  /** Still open, minor units. */
  openAmount: number;
  disputed?: boolean;
}

/** Everything a reminder can say. Optional parts only fail a render when the template uses them. */
export interface ReminderVariables {
  /** The date the reminder is about ("today"), for days overdue. */
  asOf: IsoDate;
  customer: { name: string; code?: string; tier?: Tier };
  contact?: { name: string; title?: string };
  sender?: { name: string; title?: string; phone?: string; email?: string };
  /** The creditor (our company) and whom to contact. */
  creditor?: { company: string; contactName?: string; phone?: string; email?: string; address?: string };
  invoices: TemplateInvoice[];
  /** Bank account / payment link text. */
  paymentInstructions?: string;
  /** How to dispute or query an amount. */
  disputeInstructions?: string;
  /** Opt-out line for e-mail and SMS ("回复TD退订" / "Reply STOP to opt out"). */
  optOut?: string;
  /** A promise to pay (promise-confirmation, broken-promise). */
  promise?: { date: IsoDate; amount?: Money };
  /** A payment received (thanks). */
  payment?: { date: IsoDate; amount: Money };
  /** Statement period (statement). */
  period?: { from: IsoDate; to: IsoDate };
}

export type TemplateErrorCode =
  | 'missing-variable'
  | 'unknown-variable'
  | 'not-text'
  | 'unbalanced-section'
  | 'syntax'
  | 'invalid-variables';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Dotted path of the variable or section concerned. */
  variable?: string;
  /** Offset in the template source (syntax and validation errors). */
  at?: number;
  /** Which part of the template: subject, body or html. */
  part?: 'subject' | 'body' | 'html';
  message: MessageText;
}

export interface SmsSegments {
  encoding: 'gsm7' | 'ucs2';
  segments: number;
  /** Characters (septets for GSM-7, UTF-16 units for UCS-2) per segment at this length. */
  perSegment: number;
  /** Length in septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2). */
  length: number;
}

export interface RenderedMessage {
  subject?: string;
  text: string;
  html?: string;
  segments?: SmsSegments;
  /** Variable and section paths the template used, in first-use order. */
  usedVariables: string[];
}

export type RenderResult = { ok: true; value: RenderedMessage } | { ok: false; errors: TemplateError[] };
