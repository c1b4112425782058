import { phoneKey } from './personalData';
import type {
  AccountFacts,
  ContactFacts,
  ContactPermissionRule,
  Finding,
  Recipient,
  RecipientsRule,
  ReminderDraft,
} from './types';

type Field = 'to' | 'cc' | 'bcc';

function allRecipients(draft: ReminderDraft): { field: Field; r: Recipient }[] {
  const { to, cc = [], bcc = [] } = draft.recipients;
  return [
    ...to.map((r) => ({ field: 'to' as const, r })),
    ...cc.map((r) => ({ field: 'cc' as const, r })),
    ...bcc.map((r) => ({ field: 'bcc' as const, r })),
  ];
}

const lower = (s: string) => s.trim().toLowerCase();

function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 1) return undefined;
  return lower(address.slice(at + 1)).replace(/\.$/, '');
}

/** Same domain or a subdomain of it ("mail.acme.com" is acme.com's; "notacme.com" is not). */
function withinDomain(domain: string, owner: string): boolean {
  const o = lower(owner).replace(/^@/, '');
  return o.length > 0 && (domain === o || domain.endsWith(`.${o}`));
}

function isPhoneLike(address: string): boolean {
  return /^[\d\s()+-]+$/.test(address.trim()) && address.replace(/\D/g, '').length >= 7;
}

function hasAddress(c: ContactFacts, address: string): boolean {
  const a = lower(address);
  if (a.includes('@')) return (c.emails ?? []).some((e) => lower(e) === a);
  if (isPhoneLike(address)) return (c.phones ?? []).some((p) => phoneKey(p) === phoneKey(address));
  return (c.wechatIds ?? []).some((w) => lower(w) === a);
}

/** Whether the contact has any address of the recipient's kind on file (e-mail, phone, other). */
function hasAddressesOfKind(c: ContactFacts, address: string): boolean {
  if (address.includes('@')) return (c.emails ?? []).length > 0;
  if (isPhoneLike(address)) return (c.phones ?? []).length > 0;
  return false;
}

/**
 * The debtor contact behind a recipient: an exact address or number match, or the declared contact id. A declared
 * id whose contact has addresses of that kind on file, none of them this one, is not trusted: a wrong resolution
 * must not let a stranger's address through.
 */
export function contactOf(r: Recipient, account: AccountFacts): ContactFacts | undefined {
  const byAddress = account.contacts.find((c) => hasAddress(c, r.address));
  if (!r.contactId) return byAddress;
  const byId = account.contacts.find((c) => c.id === r.contactId);
  if (!byId) return byAddress;
  return hasAddress(byId, r.address) || !hasAddressesOfKind(byId, r.address) ? byId : byAddress;
}

function isDebtorsOwnAddress(r: Recipient, account: AccountFacts, freemail: ReadonlySet<string>): boolean {
  const domain = domainOf(r.address);
  if (!domain) return false;
  if ([...freemail].some((f) => withinDomain(domain, f))) return false;
  return account.emailDomains.some((d) => !freemail.has(lower(d)) && withinDomain(domain, d));
}

function isCreditorsOwnAddress(r: Recipient, account: AccountFacts): boolean {
  const domain = domainOf(r.address);
  return !!domain && account.creditor.emailDomains.some((d) => withinDomain(domain, d));
}

/**
 * Every To, CC and BCC must be the debtor: a known contact, or for e-mail an address on the debtor's own domains
 * (not a public mail provider). Copying the creditor's own colleagues is no disclosure. Anything else discloses
 * the debt to a third party.
 */
export function checkRecipients(rule: RecipientsRule, draft: ReminderDraft): Finding[] {
  const freemail = new Set(rule.params.freemailDomains.map(lower));
  const findings: Finding[] = [];
  const list = allRecipients(draft);
  if (list.filter((x) => x.field === 'to').length === 0) {
    findings.push({
      ruleId: 'recipient.missing',
      severity: rule.severity,
      message: { en: 'The reminder has no recipient.', zh_CN: '催款提醒没有收件人。' },
      source: rule.source,
    });
  }
  for (const { field, r } of list) {
    if (contactOf(r, draft.account)) continue;
    if (draft.channel === 'email' && (isDebtorsOwnAddress(r, draft.account, freemail) || isCreditorsOwnAddress(r, draft.account)))
      continue;
    const label = field.toUpperCase();
    findings.push({
      ruleId: 'recipient.third-party',
      severity: rule.severity,
      message: {
        en: `${label} ${r.address} is neither a contact of the debtor nor on the debtor's own domains: sending would disclose the debt to a third party.`,
        zh_CN: `${label} ${r.address} 既不是债务人的联系人，也不在债务人自有域名下：发送将向第三方披露欠款。`,
      },
      source: rule.source,
    });
  }
  return findings;
}

/** Opt-out and do-not-contact per contact and per customer; consent where the pack asks for it. */
export function checkContactPermission(rule: ContactPermissionRule, draft: ReminderDraft): Finding[] {
  const { account, channel } = draft;
  const findings: Finding[] = [];
  if (account.doNotContact) {
    findings.push({
      ruleId: 'contact.customer-do-not-contact',
      severity: rule.severity,
      message: { en: 'This customer is marked "do not contact".', zh_CN: '该客户已标记为"勿联系"。' },
      source: rule.source,
    });
  }
  const needsConsent = rule.params.consentRequired.includes(channel);
  for (const { r } of allRecipients(draft)) {
    const contact = contactOf(r, account);
    if (contact?.optOut || contact?.doNotContact || contact?.consent?.[channel] === false) {
      findings.push({
        ruleId: 'contact.opt-out',
        severity: rule.severity,
        message: {
          en: `${contact.name ?? r.address} has opted out or asked not to be contacted${contact.consent?.[channel] === false ? ` by ${channel}` : ''}.`,
          zh_CN: `${contact.name ?? r.address} 已退订或要求勿联系${contact.consent?.[channel] === false ? `（${channel}）` : ''}。`,
        },
        source: rule.source,
      });
    } else if (needsConsent && contact?.consent?.[channel] !== true) {
      findings.push({
        ruleId: 'contact.consent-missing',
        severity: rule.severity,
        message: {
          en: `No recorded consent from ${contact?.name ?? r.address} to receive ${channel} messages.`,
          zh_CN: `未记录 ${contact?.name ?? r.address} 同意接收${channel}消息。`,
        },
        source: rule.source,
      });
    }
  }
  return findings;
}
