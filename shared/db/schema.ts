import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Contact, CrmLink, Customer, Invoice } from '../ledger';

/** A customer as stored: the normalised name is kept beside it so matching is an index lookup. */
export interface CustomerRow extends Customer {
  nameKey: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** An audit entry as stored; the hash-chained fields are defined by shared/audit. */
export interface AuditRow {
  seq: number;
  at: number;
  customerId: string;
  [field: string]: unknown;
}

export const DB_NAME = 'ar-lens';

/**
 * The extension's database. It lives in the extension's origin (background, options, popup): a content
 * script opening IndexedDB would get the host page's database instead. Every version is numbered; see
 * migrations.ts for what each upgrade does.
 */
export class ArLensDb extends Dexie {
  customers!: Table<CustomerRow, string>;
  invoices!: Table<Invoice, string>;
  contacts!: Table<Contact, string>;
  crmLinks!: Table<CrmLink, string>;
  audit!: Table<AuditRow, number>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      customers: 'id, code, nameKey, uscc, *emailDomains, owner',
      invoices: 'id, customerId, dueDate, number',
      contacts: 'id, customerId, email',
      crmLinks: 'key, customerId',
      audit: 'seq, customerId, at',
      meta: 'key',
    });
  }
}
