import type { AuditEntry } from '../audit';
import type { AccountFacts, Channel, DraftPurpose, HistoryEntry, Recipient, ReminderDraft, Section, Tone } from '../compliance';
import type { Contact, Instant, IsoDate } from '../ledger';
import type { CustomerFullView, OpenInvoiceView } from '../view';
import type { ReminderProfile } from './profile';

/** Where a reminder goes; addresses are e-mail addresses, phone numbers or WeChat names depending on the channel. */
export interface ReminderRecipients {
  to: string[];
  cc?: string[];
  bcc?: string[];
}

function domainOf(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1).trim().toLowerCase() : undefined;
}

/**
 * The compliance facts of the account: the debtor's domains and contacts, the invoices the reminder is about
 * (with their disputes and promises), and the creditor's own domains and numbers. The ledger has no WeChat ids:
 * a contact's WeChat chat is identified by the contact's name.
 */
export function accountFacts(
  view: Pick<CustomerFullView, 'customer' | 'emailDomains' | 'contacts'> & { promises?: CustomerFullView['promises'] },
  profile: ReminderProfile,
  invoices: readonly OpenInvoiceView[],
  ledgerAsOf: IsoDate | undefined,
): AccountFacts {
  const creditorDomain = domainOf(profile.contactEmail);
  return {
    customerId: view.customer.id,
    emailDomains: view.emailDomains,
    contacts: view.contacts.map((c: Contact) => ({
      id: c.id,
      name: c.name,
      emails: c.email ? [c.email] : [],
      phones: c.phone ? [c.phone] : [],
      wechatIds: [c.name],
      optOut: c.optOut,
    })),
    invoices: invoices.map((inv) => ({
      id: inv.id,
      number: inv.number,
      openAmount: inv.openAmount,
      paid: inv.openAmount === 0,
      disputed: inv.disputed === true || inv.paused?.kind === 'dispute',
      promiseToPayUntil: inv.paused?.kind === 'promise' ? inv.paused.until : undefined,
    })),
    ledgerAsOf,
    creditor: {
      name: profile.company,
      emailDomains: creditorDomain ? [creditorDomain] : [],
      phoneNumbers: profile.contactPhone ? [profile.contactPhone] : [],
      accountNumbers: profile.bankAccount ? [profile.bankAccount] : [],
    },
  };
}

const toRecipients = (list: readonly string[] | undefined): Recipient[] => (list ?? []).map((address) => ({ address: address.trim() }));

export interface DraftInput {
  purpose?: DraftPurpose;
  channel: Channel;
  recipients: ReminderRecipients;
  subject?: string;
  text: string;
  at: Instant;
  tone: Tone;
  includedSections?: Section[];
  timeZone?: string;
  account: AccountFacts;
}

/** The draft the compliance verdict judges. Recipients never carry a caller's contact id: addresses are matched. */
export function reminderDraft(input: DraftInput): ReminderDraft {
  const draft: ReminderDraft = {
    customerId: input.account.customerId,
    channel: input.channel,
    recipients: { to: toRecipients(input.recipients.to), cc: toRecipients(input.recipients.cc), bcc: toRecipients(input.recipients.bcc) },
    text: input.text,
    at: input.at,
    tone: input.tone,
    account: input.account,
  };
  if (input.purpose) draft.purpose = input.purpose;
  if (input.subject !== undefined) draft.subject = input.subject;
  if (input.includedSections) draft.includedSections = input.includedSections;
  if (input.timeZone) draft.recipientTimeZone = input.timeZone;
  return draft;
}

/** The audit log as contact history for frequency caps: every action that reached or may reach the customer. */
export function historyFromAudit(entries: readonly AuditEntry[]): HistoryEntry[] {
  return entries.filter((e) => e.action !== 'blocked').map((e) => ({ at: e.time, channel: e.channel, by: e.user }));
}

/** Recipients as the audit log keeps them: To addresses as they are, copies prefixed "cc:" / "bcc:". */
export function auditRecipients(r: ReminderRecipients): string[] {
  return [...r.to, ...(r.cc ?? []).map((a) => `cc:${a}`), ...(r.bcc ?? []).map((a) => `bcc:${a}`)].map((a) => a.trim());
}

/** The addresses a contact can be reached at on a channel. */
export function contactAddresses(contacts: readonly Contact[], channel: Channel): string[] {
  const out = contacts.filter((c) => !c.optOut).flatMap((c) => {
    if (channel === 'email') return c.email ? [c.email] : [];
    if (channel === 'sms' || channel === 'phone') return c.phone ? [c.phone] : [];
    if (channel === 'wechat') return [c.name];
    return [];
  });
  return [...new Set(out)];
}
