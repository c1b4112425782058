import type { CalendarData } from '../dates';
import type { Instant, IsoDate } from '../ledger';

/** User-visible text in both shipped locales. */
export interface Msg {
  en: string;
  zh_CN: string;
}

export type Severity = 'block' | 'warn' | 'info';
export type Basis = 'law' | 'regulation' | 'self-regulation' | 'best-practice';
export type Profile = 'CN' | 'US' | 'EU';
export type Channel = 'email' | 'sms' | 'wechat' | 'phone' | 'letter';
export type Tone = 'friendly' | 'gentle' | 'firm' | 'formal' | 'legal';
/** Parts a demand must carry; templates declare the ones they include. */
export type Section = 'balance' | 'how-to-pay' | 'how-to-dispute' | 'creditor-contact' | 'opt-out';
export type Outcome = 'answered' | 'unanswered' | 'sent';

export const CHANNELS: readonly Channel[] = ['email', 'sms', 'wechat', 'phone', 'letter'];
export const TONES: readonly Tone[] = ['friendly', 'gentle', 'firm', 'formal', 'legal'];
export const SECTIONS: readonly Section[] = ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact', 'opt-out'];

/** Where a rule comes from, so a compliance officer can see why a message was stopped. */
export interface RuleSource {
  title: string;
  article?: string;
  issuer?: string;
  url?: string;
  basis: Basis;
}

/** Facts about the account that make otherwise risky wording truthful and lawful. */
export interface WordingFacts {
  /** A case has really been filed with a court (已立案). */
  legalCaseFiled?: boolean;
  /** A judgment or enforceable award exists (garnish / seize / 强制执行 become truthful). */
  judgmentObtained?: boolean;
  /** A lawyer or law firm has been retained for this debt (律师函 / our attorney). */
  lawyerRetained?: boolean;
  /** The creditor has actually decided to sue (makes "we will sue" a statement of intent, not a bluff). */
  legalActionDecided?: boolean;
  /** The contract contains an agreed credit-reporting clause (上报征信). */
  creditReportingAgreed?: boolean;
  /** The contract provides for late fees / default interest (违约金 / 滞纳金). */
  lateFeeAgreed?: boolean;
  /** The contract provides for collection costs to be charged to the debtor. */
  collectionFeeAgreed?: boolean;
}
export type WordingFact = keyof WordingFacts;
export const WORDING_FACTS: readonly WordingFact[] = [
  'legalCaseFiled',
  'judgmentObtained',
  'lawyerRetained',
  'legalActionDecided',
  'creditReportingAgreed',
  'lateFeeAgreed',
  'collectionFeeAgreed',
];

/** One entry of a risky-wording list. Patterns are regex sources over normalised text (see normalize.ts). */
export interface PhraseEntry {
  id: string;
  ruleId: string;
  severity: Severity;
  /** What the patterns look for, for people reading the pack. */
  description: string;
  /** Regex sources; whitespace in them is ignored, matching runs on lower-cased text without separators. */
  patterns: string[];
  message: Msg;
  source: RuleSource;
  /** The wording is lawful when every listed fact is true for the account. */
  conditions?: { allowedWhen?: WordingFact[] };
  /** Sample wording that must raise this entry; tests run every example. */
  examples: string[];
}

interface RuleBase {
  id: string;
  severity: Severity;
  title: Msg;
  source: RuleSource;
}

export interface SendWindowRule extends RuleBase {
  kind: 'send-window';
  params: {
    /** Local time of day "HH:mm", inclusive. */
    start: string;
    /** Local time of day "HH:mm", exclusive: a reminder at `end` is outside. */
    end: string;
    /** Suppress weekends and statutory holidays of the pack calendar (make-up workdays are workdays). */
    businessDaysOnly: boolean;
    channels: Channel[];
  };
}

export interface FrequencyCapRule extends RuleBase {
  kind: 'frequency-cap';
  params: {
    /** Channels counted and governed; 'all' counts every channel. */
    channels: Channel[] | 'all';
    /** Outcomes counted; absent counts every attempt. A history entry without outcome counts as 'sent'. */
    outcomes?: Outcome[];
    /** At most this many counted entries inside any rolling window (the new one is blocked at `max`). */
    max: number;
    windowHours: number;
  };
}

export interface ContactPermissionRule extends RuleBase {
  kind: 'contact-permission';
  params: {
    /** Channels that need the contact's recorded consent (e.g. SMS in the US). */
    consentRequired: Channel[];
  };
}

export interface RecipientsRule extends RuleBase {
  kind: 'recipients';
  params: {
    /** Public mail providers: an address there is acceptable only for a known contact. */
    freemailDomains: string[];
  };
}

export interface InvoiceStateRule extends RuleBase {
  kind: 'invoice-state';
  params: Record<string, never>;
}

export interface LedgerFreshnessRule extends RuleBase {
  kind: 'ledger-freshness';
  params: { maxAgeDays: number };
}

export interface RequiredContentRule extends RuleBase {
  kind: 'required-content';
  params: {
    /** Applies to these tones (empty: every tone). */
    tones: Tone[];
    /** Applies to these channels (empty: every channel). */
    channels: Channel[];
    sections: Section[];
  };
}

export interface WordingRule extends RuleBase {
  kind: 'wording';
  params: {
    idNumbers: boolean;
    bankCards: boolean;
    phoneNumbers: boolean;
  };
}

export type Rule =
  | SendWindowRule
  | FrequencyCapRule
  | ContactPermissionRule
  | RecipientsRule
  | InvoiceStateRule
  | LedgerFreshnessRule
  | RequiredContentRule
  | WordingRule;
export type RuleKind = Rule['kind'];

/** A rule pack: plain data, versioned, replaceable by a newer pack from a company feed. */
export interface RulePack {
  id: string;
  version: string;
  profile: Profile;
  name: Msg;
  publishedAt: IsoDate;
  /** Used when a draft names no zone. */
  defaultTimeZone: string;
  calendar: CalendarData;
  rules: Rule[];
  phrases: PhraseEntry[];
  /** Text checks for the sections a demand must carry; regex sources over lower-cased text. */
  sectionPatterns: Record<Section, string[]>;
  sources: RuleSource[];
}

/** A stretch of the ORIGINAL text, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Msg;
  source: RuleSource;
  span?: Span;
  /** Which part of the draft the span refers to. */
  field?: 'text' | 'subject';
  /** The phrase-list entry that matched. */
  entryId?: string;
  /** Epoch ms from which this particular finding no longer applies. */
  nextAllowedAt?: Instant;
}

export interface LintContext {
  pack: RulePack;
  facts?: WordingFacts;
  /** The creditor's own numbers, which may appear in a reminder. */
  creditorPhoneNumbers?: string[];
  creditorAccountNumbers?: string[];
}

export interface Recipient {
  /** E-mail address, phone number, WeChat id or postal address. */
  address: string;
  /** The debtor contact this address was resolved to, when known. */
  contactId?: string;
}

export interface ContactFacts {
  id: string;
  name?: string;
  emails?: string[];
  phones?: string[];
  wechatIds?: string[];
  /** Asked not to receive reminders on any channel. */
  optOut?: boolean;
  doNotContact?: boolean;
  /** Recorded consent per channel; consent-required channels need `true`. */
  consent?: Partial<Record<Channel, boolean>>;
}

export interface InvoiceFacts {
  id: string;
  number?: string;
  /** Open amount in minor units; 0 means paid. */
  openAmount?: number;
  paid?: boolean;
  disputed?: boolean;
  /** The debtor promised to pay by this date (inclusive). */
  promiseToPayUntil?: IsoDate;
}

export interface CreditorFacts {
  name: string;
  /** The creditor's own domains: copying a colleague is no disclosure. */
  emailDomains: string[];
  phoneNumbers: string[];
  accountNumbers?: string[];
}

export interface AccountFacts extends WordingFacts {
  customerId: string;
  /** Domains of the debtor's own mailboxes; subdomains count as the debtor's. */
  emailDomains: string[];
  contacts: ContactFacts[];
  /** Customer-level stop: no reminders at all. */
  doNotContact?: boolean;
  /** The invoices the reminder refers to. */
  invoices: InvoiceFacts[];
  /** Date the ledger data was last refreshed. */
  ledgerAsOf?: IsoDate;
  creditor: CreditorFacts;
}

/**
 * What the message is for. Only a demand asks for money; a confirmation of the customer's own promise, a thank
 * you for a payment and a statement of account refer to promised or paid invoices by design.
 */
export type DraftPurpose = 'demand' | 'promise-confirmation' | 'thanks' | 'statement';

export interface ReminderDraft {
  customerId: string;
  /** Default 'demand'. */
  purpose?: DraftPurpose;
  channel: Channel;
  recipients: { to: Recipient[]; cc?: Recipient[]; bcc?: Recipient[] };
  subject?: string;
  text: string;
  /** The moment of sending. */
  at: Instant;
  /** IANA zone of the recipient; the pack default when absent. */
  recipientTimeZone?: string;
  tone: Tone;
  /** Sections the template declares it includes; text checks cover the rest. */
  includedSections?: Section[];
  account: AccountFacts;
}

export interface HistoryEntry {
  at: Instant;
  channel: Channel;
  outcome?: Outcome;
  by: string;
}

export type Decision = 'allow' | 'warn' | 'block';

export interface Verdict {
  decision: Decision;
  findings: Finding[];
  /** When blocked only by time (hours, holidays, caps): the earliest moment every time rule allows. */
  nextAllowedAt?: Instant;
}
