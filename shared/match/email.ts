import { normalizeEmail } from './searchKeys';

/**
 * Public mailbox providers. An address there says nothing about the company behind it, so these domains never
 * map to a customer. Sub-domains count too (vip.qq.com, vip.163.com).
 */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  '188.com',
  'netease.com',
  'sina.com',
  'sina.cn',
  'sohu.com',
  '139.com',
  '189.cn',
  'wo.cn',
  'aliyun.com',
  'tom.com',
  '21cn.com',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.cn',
  'msn.com',
  'yahoo.com',
  'yahoo.co.jp',
  'yahoo.com.hk',
  'yahoo.com.tw',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'zoho.com',
  'zohomail.com',
  'naver.com',
  'hanmail.net',
  'daum.net',
]);

/**
 * The lower-cased domain of an address ("Name <a@B.c>" → "b.c"), or undefined when it is not an address.
 * Internationalised domains are left as they are (no punycode conversion).
 */
export function emailDomain(address: string): string | undefined {
  const angle = /<([^<>]*)>/.exec(address);
  const bare = normalizeEmail(angle ? (angle[1] ?? '') : address);
  const at = bare.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = bare.slice(at + 1).replace(/\.+$/, '');
  return domain.includes('.') && !domain.startsWith('.') ? domain : undefined;
}

/** The bare lower-cased address ("Name <A@b.c>" → "a@b.c"), or undefined when there is none. */
export function emailAddress(address: string): string | undefined {
  const angle = /<([^<>]*)>/.exec(address);
  const bare = normalizeEmail(angle ? (angle[1] ?? '') : address);
  return emailDomain(bare) ? bare.replace(/\.+$/, '') : undefined;
}

export function isFreemailDomain(domain: string): boolean {
  const labels = normalizeEmail(domain).replace(/\.+$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (FREEMAIL_DOMAINS.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

export interface EmailLookup {
  /** Customers with a contact at exactly this (lower-cased) address. */
  byEmail(address: string): string[];
  /** Customers whose own e-mail domains include this one. Never called for free-mail domains. */
  byDomain(domain: string): string[];
}

export interface AddressMatch {
  address: string;
  customerIds: string[];
  via: 'contact' | 'domain' | 'none';
}

export interface EmailMatch {
  /** Every customer found, best first: more contact matches, then more domain matches, then first seen. */
  customerIds: string[];
  /** One line per distinct address, in the order given, including the ones that matched nobody. */
  perAddress: AddressMatch[];
}

/**
 * Matches the addresses of a mail (sender, recipients) to customers: a known contact address first, otherwise
 * the domain, except free-mail domains. Several customers, or none, are reported as such, never collapsed.
 */
export function matchByEmail(addresses: readonly string[], lookup: EmailLookup): EmailMatch {
  const perAddress: AddressMatch[] = [];
  const weight = new Map<string, number>();
  const seen = new Set<string>();
  for (const raw of addresses) {
    const address = emailAddress(raw);
    if (!address || seen.has(address)) continue;
    seen.add(address);
    const match = matchOne(address, lookup);
    perAddress.push(match);
    // A contact match outweighs any number of domain matches in a realistic mail.
    const w = match.via === 'contact' ? 1000 : 1;
    for (const id of match.customerIds) weight.set(id, (weight.get(id) ?? 0) + w);
  }
  const customerIds = [...weight.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { customerIds, perAddress };
}

function matchOne(address: string, lookup: EmailLookup): AddressMatch {
  const contacts = [...new Set(lookup.byEmail(address))];
  if (contacts.length > 0) return { address, customerIds: contacts, via: 'contact' };
  const domain = emailDomain(address);
  if (domain && !isFreemailDomain(domain)) {
    const byDomain = [...new Set(lookup.byDomain(domain))];
    if (byDomain.length > 0) return { address, customerIds: byDomain, via: 'domain' };
  }
  return { address, customerIds: [], via: 'none' };
}
