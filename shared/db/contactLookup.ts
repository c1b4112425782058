import type { Contact } from '../ledger';
import { type AddressMatch, emailAddress, emailDomain, isFreemailDomain, matchByEmail } from '../match';
import type { ArLensDb, CustomerRow } from './schema';

/** A customer found for a mail's addresses, with what the UI shows about it. */
export interface RecipientCustomer {
  id: string;
  name: string;
  code?: string;
  emailDomains: string[];
}

/** One address: who it belongs to and how that was found; `contactName` when a known contact has it. */
export interface RecipientAddress extends AddressMatch {
  contactName?: string;
}

export interface RecipientResolution {
  /** Every customer found, best first (contact matches outweigh domain matches). */
  customers: RecipientCustomer[];
  /** One line per distinct address, in the order given, including the ones that matched nobody. */
  perAddress: RecipientAddress[];
  /** True when the ledger holds no customer at all (so "none found" means "import first"). */
  ledgerEmpty: boolean;
}

/** The domain and its parents down to two labels ("mail.acme.com.cn" → itself, "acme.com.cn", "com.cn"). */
function domainAndParents(domain: string): string[] {
  const labels = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * Reads every contact and customer the addresses could point at in two indexed queries, then matches with
 * `matchByEmail`: an exact contact address first, otherwise the customer's own e-mail domain (a sub-domain
 * counts, the nearest domain wins), never a free-mail domain. Several customers, or none, are reported as such.
 */
export async function resolveRecipientAddresses(db: ArLensDb, addresses: readonly string[]): Promise<RecipientResolution> {
  const bare = [...new Set(addresses.map(emailAddress).filter((a): a is string => a !== undefined))];
  const domains = [
    ...new Set(
      bare
        .map(emailDomain)
        .filter((d): d is string => d !== undefined && !isFreemailDomain(d))
        .flatMap(domainAndParents),
    ),
  ];
  const [contacts, byDomainRows] = await Promise.all([
    bare.length > 0 ? db.contacts.where('email').anyOfIgnoreCase(bare).toArray() : Promise.resolve([] as Contact[]),
    domains.length > 0 ? db.customers.where('emailDomains').anyOfIgnoreCase(domains).toArray() : Promise.resolve([] as CustomerRow[]),
  ]);

  const contactsByEmail = new Map<string, Contact[]>();
  for (const c of contacts) {
    const key = emailAddress(c.email ?? '');
    if (key) contactsByEmail.set(key, [...(contactsByEmail.get(key) ?? []), c]);
  }
  const customersByDomain = new Map<string, string[]>();
  for (const row of byDomainRows) {
    for (const d of row.emailDomains) {
      const key = d.trim().toLowerCase();
      customersByDomain.set(key, [...(customersByDomain.get(key) ?? []), row.id]);
    }
  }

  const match = matchByEmail(bare, {
    byEmail: (address) => (contactsByEmail.get(address) ?? []).map((c) => c.customerId),
    byDomain: (domain) => {
      for (const d of domainAndParents(domain)) {
        const ids = customersByDomain.get(d);
        if (ids && ids.length > 0) return ids;
      }
      return [];
    },
  });

  const known = new Map<string, CustomerRow>(byDomainRows.map((r) => [r.id, r]));
  const missing = match.customerIds.filter((id) => !known.has(id));
  for (const row of await db.customers.bulkGet(missing)) if (row) known.set(row.id, row);

  const customers = match.customerIds.flatMap((id): RecipientCustomer[] => {
    const row = known.get(id);
    if (!row) return [];
    return [{ id: row.id, name: row.name, ...(row.code ? { code: row.code } : {}), emailDomains: [...row.emailDomains] }];
  });
  const perAddress = match.perAddress.map((a): RecipientAddress => {
    const name = a.via === 'contact' ? contactsByEmail.get(a.address)?.[0]?.name : undefined;
    return name ? { ...a, contactName: name } : a;
  });
  const ledgerEmpty = customers.length === 0 && (await db.customers.count()) === 0;
  return { customers, perAddress, ledgerEmpty };
}
