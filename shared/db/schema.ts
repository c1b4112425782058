import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AuditEntry } from '../audit';
import type { RiskOverride } from '../credit';
import type { Contact, CrmLink, Customer, Invoice } from '../ledger';
import type { PortfolioSnapshot } from '../metrics';
import type { Dispute, PromiseToPay } from '../promises';
import { upgradeToV2 } from './migrations/v2';

/** A customer as stored: normalised names are kept beside it so matching is an index lookup. */
export interface CustomerRow extends Customer {
  /** normalizeName(name). */
  nameKey: string;
  /** normalizeName of the name and of every alias (v2). */
  nameKeys: string[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DisputeRow extends Dispute {
  customerId: string;
}

export interface RiskOverrideRow extends RiskOverride {
  customerId: string;
}

/** A versioned document kept whole: user templates, cached rule packs, feed states, mapping profiles. */
export interface DocumentRow {
  id: string;
  version: number;
  updatedAt: number;
  value: unknown;
}

export const DB_NAME = 'ar-lens';

/**
 * The extension's database. It lives in the extension's origin (background, options, popup): a content
 * script opening IndexedDB would get the host page's database instead. Versions are numbered; each data
 * upgrade lives in migrations/ with a test that migrates a filled database of the version before.
 */
export class ArLensDb extends Dexie {
  customers!: Table<CustomerRow, string>;
  invoices!: Table<Invoice, string>;
  contacts!: Table<Contact, string>;
  crmLinks!: Table<CrmLink, string>;
  audit!: Table<AuditEntry, number>;
  meta!: Table<MetaRow, string>;
  promises!: Table<PromiseToPay, string>;
  disputes!: Table<DisputeRow, string>;
  snapshots!: Table<PortfolioSnapshot, [string, string]>;
  riskOverrides!: Table<RiskOverrideRow, string>;
  templates!: Table<DocumentRow, [string, number]>;
  documents!: Table<DocumentRow, string>;
  /** v3: the ledger as it was before the last import, so that import can be undone (see importRepo.ts). */
  undoCustomers!: Table<CustomerRow, string>;
  undoInvoices!: Table<Invoice, string>;
  undoContacts!: Table<Contact, string>;
  undoCrmLinks!: Table<CrmLink, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
  }
}

export const SCHEMA_V1 = {
  customers: 'id, code, nameKey, uscc, *emailDomains, owner',
  invoices: 'id, customerId, dueDate, number',
  contacts: 'id, customerId, email',
  crmLinks: 'key, customerId',
  audit: 'seq, customerId, at',
  meta: 'key',
};

/** v2: aliases take part in name matching; promises, disputes, daily snapshots, overrides, templates, documents. */
export const SCHEMA_V2 = {
  customers: 'id, code, nameKey, *nameKeys, uscc, *emailDomains, owner',
  invoices: 'id, customerId, dueDate, number',
  contacts: 'id, customerId, email',
  crmLinks: 'key, customerId',
  audit: 'seq, customerId, time',
  meta: 'key',
  promises: 'id, customerId, date',
  disputes: 'id, invoiceId, customerId',
  snapshots: '[date+currency], date',
  riskOverrides: 'customerId',
  templates: '[id+version], id',
  documents: 'id',
};

/**
 * v3: backup tables holding the ledger as it was before the last import (undo). They start empty, so no data
 * upgrade is needed; rows are only read back whole, so they need no index beyond the primary key.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  undoCustomers: 'id',
  undoInvoices: 'id',
  undoContacts: 'id',
  undoCrmLinks: 'key',
};
