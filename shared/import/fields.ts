import { TIERS, type Tier } from '../ledger';
import type { InvoiceKind } from '../ledger';
import type { CrmLinkRef } from './row';
import { nfkc } from './text';

/**
 * Text of a kind / document-type column → kind; null when unknown. Red-letter (红字) documents, credit memos and
 * unapplied payments reduce what is owed; anything named an invoice or receivable (销售专用发票, 其他应收单) adds.
 */
export function kindFromText(text: string): InvoiceKind | null {
  const t = nfkc(text).trim().toLowerCase();
  if (/红字|红冲|贷项|退货|退款|收款|预收|credit|payment|^cn$/.test(t)) return 'credit-note';
  if (/发票|应收|invoice|^inv$|^bill$|^sales$/.test(t)) return 'invoice';
  return null;
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '有', '√', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无', '']);

export function booleanFromText(text: string): boolean | null {
  const t = nfkc(text).trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** "A", "a", "A类", "A级客户" → A. */
export function tierFromText(text: string): Tier | null {
  const m = /^([abcd])(?:类|级)?(?:客户)?$/i.exec(nfkc(text).trim());
  const tier = m?.[1]?.toUpperCase();
  return TIERS.find((t) => t === tier) ?? null;
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccFromText(text: string): string | null {
  const t = nfkc(text).trim().toUpperCase();
  return USCC.test(t) ? t : null;
}

const EMAIL = /^[^\s@;,<>]+@[^\s@;,<>]+\.[^\s@;,<>]{2,}$/;

/** E-mail addresses in a cell ("a@x.cn; b@x.cn", "Name <a@x.cn>"), lower-cased; invalid parts returned apart. */
export function emailsFromText(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of nfkc(text).split(/[;,\s]+/)) {
    const bare = part.replace(/^.*</, '').replace(/>.*$/, '').trim().toLowerCase();
    if (bare === '') continue;
    if (EMAIL.test(bare)) emails.push(bare);
    else invalid.push(part);
  }
  return { emails, invalid };
}

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function domainsFromText(text: string): { domains: string[]; invalid: string[] } {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const part of nfkc(text).split(/[;,\s]+/)) {
    const d = part.trim().toLowerCase().replace(/^@/, '');
    if (d === '') continue;
    if (DOMAIN.test(d)) domains.push(d);
    else invalid.push(part);
  }
  return { domains, invalid };
}

/** Mailbox providers whose domain says nothing about the debtor. */
const PUBLIC_MAIL = new Set([
  'qq.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com',
  'foxmail.com', 'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
  'yahoo.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'aol.com',
]);

export function companyDomainOf(email: string): string | null {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return PUBLIC_MAIL.has(domain) ? null : domain;
}

const zoneCache = new Map<string, boolean>();

/** Whether Intl knows the zone; cached, since building a formatter per row dominates large imports. */
export function isTimeZone(text: string): boolean {
  let known = zoneCache.get(text);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: text });
      known = true;
    } catch {
      known = false;
    }
    if (zoneCache.size < 1000) zoneCache.set(text, known);
  }
  return known;
}

/** A Salesforce record id (15 or 18 characters); 001 is the Account key prefix. */
const SALESFORCE_ACCOUNT_ID = /^001[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/** `system:recordId` items separated by ";" (or ","); bare ids take `fallbackSystem`, or salesforce for account ids. */
export function crmIdsFromText(text: string, fallbackSystem?: string): { links: CrmLinkRef[]; invalid: string[] } {
  const links: CrmLinkRef[] = [];
  const invalid: string[] = [];
  for (const part of nfkc(text).split(/[;,\s]+/)) {
    const item = part.trim();
    if (item === '') continue;
    const colon = item.indexOf(':');
    if (colon > 0 && colon < item.length - 1) {
      links.push({ system: item.slice(0, colon).toLowerCase(), recordId: item.slice(colon + 1) });
    } else if (colon < 0 && fallbackSystem) {
      links.push({ system: fallbackSystem.toLowerCase(), recordId: item });
    } else if (colon < 0 && SALESFORCE_ACCOUNT_ID.test(item)) {
      links.push({ system: 'salesforce', recordId: item });
    } else invalid.push(item);
  }
  return { links, invalid };
}

const VOID = /^(void|voided|draft|cancelled|canceled|deleted|作废|已作废|草稿|暂存|已删除)$/;

export function isVoidStatus(text: string): boolean {
  return VOID.test(nfkc(text).trim().toLowerCase());
}
