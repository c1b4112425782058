import type { Contact, Customer } from '../ledger';
import type { SearchEntry } from '../match';

/**
 * The search box's view of each customer: names, code, USCC and every contact's e-mail address. Pinyin is
 * left to the index builder (`pinyinOf`), which also covers aliases.
 */
export function searchEntriesOf(
  customers: readonly Pick<Customer, 'id' | 'name' | 'aliases' | 'code' | 'uscc'>[],
  contacts: readonly Pick<Contact, 'customerId' | 'email'>[],
): SearchEntry[] {
  const emails = new Map<string, string[]>();
  for (const c of contacts) {
    if (!c.email) continue;
    const list = emails.get(c.customerId);
    if (list) list.push(c.email);
    else emails.set(c.customerId, [c.email]);
  }
  return customers.map((c) => ({
    customerId: c.id,
    name: c.name,
    aliases: c.aliases,
    code: c.code,
    uscc: c.uscc,
    emails: emails.get(c.id),
  }));
}
