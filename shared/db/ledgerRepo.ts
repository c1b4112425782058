import type { Contact, CrmLink, Customer, Invoice } from '../ledger';
import { crmLinkKey } from '../ledger';
import { normalizeName } from '../match';
import type { ArLensDb, CustomerRow } from './schema';

export interface LedgerData {
  customers: Customer[];
  invoices: Invoice[];
  contacts: Contact[];
  crmLinks: { system: string; recordId: string; customerId: string }[];
}

export interface WriteSummary {
  customers: number;
  invoices: number;
  contacts: number;
  crmLinks: number;
  mode: 'merge' | 'replace';
}

export interface LastImport {
  at: number;
  source: string;
  mode: 'merge' | 'replace';
}

export function toCustomerRow(c: Customer): CustomerRow {
  const nameKey = normalizeName(c.name);
  const nameKeys = [...new Set([nameKey, ...(c.aliases ?? []).map(normalizeName)].filter((k) => k !== ''))];
  return { ...c, nameKey, nameKeys };
}

/**
 * Writes an import in one transaction: either all of it lands or none of it does. `replace` clears the
 * ledger tables first; links the user made by hand survive both modes.
 */
export async function writeLedger(
  db: ArLensDb,
  data: LedgerData,
  mode: 'merge' | 'replace',
  now: number,
  source: string,
): Promise<WriteSummary> {
  await db.transaction('rw', [db.customers, db.invoices, db.contacts, db.crmLinks, db.meta], async () => {
    if (mode === 'replace') {
      await Promise.all([db.customers.clear(), db.invoices.clear(), db.contacts.clear()]);
      await db.crmLinks.filter((l) => l.source === 'ledger').delete();
    }
    await db.customers.bulkPut(data.customers.map(toCustomerRow));
    await db.invoices.bulkPut(data.invoices);
    await db.contacts.bulkPut(data.contacts);
    const userLinks = new Set((await db.crmLinks.filter((l) => l.source === 'user').primaryKeys()) as string[]);
    const links = data.crmLinks
      .map((l): CrmLink => ({ ...l, key: crmLinkKey(l.system, l.recordId), createdAt: now, source: 'ledger' }))
      .filter((l) => !userLinks.has(l.key));
    await db.crmLinks.bulkPut(links);
    await db.meta.put({ key: 'lastImport', value: { at: now, source, mode } satisfies LastImport });
  });
  return {
    customers: data.customers.length,
    invoices: data.invoices.length,
    contacts: data.contacts.length,
    crmLinks: data.crmLinks.length,
    mode,
  };
}

export function customerById(db: ArLensDb, id: string): Promise<CustomerRow | undefined> {
  return db.customers.get(id);
}

export function invoicesOf(db: ArLensDb, customerId: string): Promise<Invoice[]> {
  return db.invoices.where('customerId').equals(customerId).toArray();
}

export function contactsOf(db: ArLensDb, customerId: string): Promise<Contact[]> {
  return db.contacts.where('customerId').equals(customerId).toArray();
}

export async function linkedCustomerId(db: ArLensDb, system: string, recordId: string): Promise<string | undefined> {
  return (await db.crmLinks.get(crmLinkKey(system, recordId)))?.customerId;
}

/** Remembers the user's choice of customer for a CRM record; it wins over every later name match. */
export async function linkRecord(db: ArLensDb, system: string, recordId: string, customerId: string, now: number): Promise<CrmLink> {
  const link: CrmLink = { key: crmLinkKey(system, recordId), system, recordId, customerId, createdAt: now, source: 'user' };
  await db.crmLinks.put(link);
  return link;
}

/** Customers whose name or one of whose aliases normalises to `nameKey`. */
export async function customerIdsByNameKey(db: ArLensDb, nameKey: string): Promise<string[]> {
  return [...new Set((await db.customers.where('nameKeys').equals(nameKey).primaryKeys()) as string[])];
}

export async function ledgerCounts(db: ArLensDb): Promise<{ customers: number; invoices: number; contacts: number }> {
  const [customers, invoices, contacts] = await Promise.all([db.customers.count(), db.invoices.count(), db.contacts.count()]);
  return { customers, invoices, contacts };
}
