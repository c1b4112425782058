import type { CrmLink } from '../ledger';
import { type LastImport, type LedgerData, type WriteSummary, writeLedger } from './ledgerRepo';
import type { ArLensDb } from './schema';

/** What the last import replaced, kept so that one import can be undone. */
export interface UndoInfo {
  /** When the import being undone was written, and from where. */
  at: number;
  source: string;
  mode: 'merge' | 'replace';
  /** The lastImport record before that import (null: the ledger had never been imported). */
  previous: LastImport | null;
  /** Rows held in the backup tables. */
  counts: { customers: number; invoices: number; contacts: number; crmLinks: number };
}

export const UNDO_KEY = 'undoImport';
const LAST_IMPORT_KEY = 'lastImport';

function ledgerTables(db: ArLensDb) {
  return [db.customers, db.invoices, db.contacts, db.crmLinks, db.meta, db.undoCustomers, db.undoInvoices, db.undoContacts, db.undoCrmLinks];
}

async function lastImportOf(db: ArLensDb): Promise<LastImport | null> {
  return ((await db.meta.get(LAST_IMPORT_KEY))?.value as LastImport | undefined) ?? null;
}

/**
 * Writes an import (merge or replace) and, in the same transaction, copies the ledger it changes into the
 * backup tables: either the import and its undo record land together, or nothing changes at all (a quota
 * error half-way leaves the previous ledger and the previous undo record as they were).
 */
export async function importLedger(db: ArLensDb, data: LedgerData, mode: 'merge' | 'replace', now: number, source: string): Promise<WriteSummary> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const [customers, invoices, contacts, crmLinks, previous] = await Promise.all([
      db.customers.toArray(),
      db.invoices.toArray(),
      db.contacts.toArray(),
      db.crmLinks.filter((l) => l.source === 'ledger').toArray(),
      lastImportOf(db),
    ]);
    await Promise.all([db.undoCustomers.clear(), db.undoInvoices.clear(), db.undoContacts.clear(), db.undoCrmLinks.clear()]);
    await Promise.all([
      db.undoCustomers.bulkPut(customers),
      db.undoInvoices.bulkPut(invoices),
      db.undoContacts.bulkPut(contacts),
      db.undoCrmLinks.bulkPut(crmLinks),
    ]);
    const summary = await writeLedger(db, data, mode, now, source);
    const undo: UndoInfo = {
      at: now,
      source,
      mode,
      previous,
      counts: { customers: customers.length, invoices: invoices.length, contacts: contacts.length, crmLinks: crmLinks.length },
    };
    await db.meta.put({ key: UNDO_KEY, value: undo });
    return summary;
  });
}

/** The import that can be undone, if any. */
export async function undoableImport(db: ArLensDb): Promise<UndoInfo | null> {
  return ((await db.meta.get(UNDO_KEY))?.value as UndoInfo | undefined) ?? null;
}

/**
 * Puts the ledger back exactly as it was before the last import: customers, invoices, contacts and the links
 * that came from the ledger. Links the user made by hand stay (also ones made since the import). Only one
 * level: afterwards there is nothing left to undo. Null when there was nothing to undo.
 */
export async function undoLastImport(db: ArLensDb): Promise<UndoInfo | null> {
  return db.transaction('rw', ledgerTables(db), async () => {
    const undo = await undoableImport(db);
    if (!undo) return null;
    const [customers, invoices, contacts, links, userKeys] = await Promise.all([
      db.undoCustomers.toArray(),
      db.undoInvoices.toArray(),
      db.undoContacts.toArray(),
      db.undoCrmLinks.toArray(),
      db.crmLinks.filter((l) => l.source === 'user').primaryKeys(),
    ]);
    await Promise.all([db.customers.clear(), db.invoices.clear(), db.contacts.clear(), db.crmLinks.filter((l) => l.source === 'ledger').delete()]);
    const userLinks = new Set<string>(userKeys);
    await Promise.all([
      db.customers.bulkPut(customers),
      db.invoices.bulkPut(invoices),
      db.contacts.bulkPut(contacts),
      db.crmLinks.bulkPut(links.filter((l: CrmLink) => !userLinks.has(l.key))),
    ]);
    await Promise.all([db.undoCustomers.clear(), db.undoInvoices.clear(), db.undoContacts.clear(), db.undoCrmLinks.clear()]);
    await db.meta.delete(UNDO_KEY);
    if (undo.previous) await db.meta.put({ key: LAST_IMPORT_KEY, value: undo.previous });
    else await db.meta.delete(LAST_IMPORT_KEY);
    return undo;
  });
}

/** Empties every table of the database in one transaction (ledger, audit log, settings, feeds, profiles). No undo. */
export async function deleteEverything(db: ArLensDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

const PROFILE_PREFIX = 'importProfile:';

/** A mapping the user corrected, saved under the header set's profile key (mappingProfileKey). */
export interface MappingProfile<M> {
  mapping: M;
  /** Where it was first corrected (a file name), shown to the user. */
  source: string;
}

export async function loadMappingProfile<M>(db: ArLensDb, profileKey: string): Promise<MappingProfile<M> | null> {
  return ((await db.documents.get(PROFILE_PREFIX + profileKey))?.value as MappingProfile<M> | undefined) ?? null;
}

export async function saveMappingProfile<M>(db: ArLensDb, profileKey: string, profile: MappingProfile<M>, now: number): Promise<void> {
  const id = PROFILE_PREFIX + profileKey;
  const version = ((await db.documents.get(id))?.version ?? 0) + 1;
  await db.documents.put({ id, version, updatedAt: now, value: profile });
}
