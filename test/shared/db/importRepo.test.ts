import type { Table } from 'dexie';
import fc from 'fast-check';
import {
  type ArLensDb,
  type LedgerData,
  deleteEverything,
  importLedger,
  ledgerCounts,
  linkRecord,
  loadMappingProfile,
  saveMappingProfile,
  undoLastImport,
  undoableImport,
  writeLedger,
} from 'shared/db';
import { parseLedgerFile } from 'shared/import';
import type { Invoice } from 'shared/ledger';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

function invoice(id: string, customerId: string, open: number): Invoice {
  return { id, customerId, number: id, kind: 'invoice', issueDate: '2026-10-01', dueDate: '2026-10-31', currency: 'CNY', amount: open, openAmount: open };
}

function ledger(tag: string, customers: number, invoicesEach: number): LedgerData {
  const ids = Array.from({ length: customers }, (_, i) => `${tag}C${i}`);
  return {
    customers: ids.map((id, i) => ({ id, name: `${tag}客户${i}有限公司`, tier: 'B', emailDomains: [] })),
    invoices: ids.flatMap((id) => Array.from({ length: invoicesEach }, (_, k) => invoice(`${id}-I${k}`, id, 100 + k))),
    contacts: ids.map((id) => ({ id: `${id}-K`, customerId: id, name: '王丽', email: `wang@${id.toLowerCase()}.cn` })),
    crmLinks: ids.slice(0, 2).map((id, i) => ({ system: 'salesforce', recordId: `001${tag}${i}`, customerId: id })),
  };
}

/** Every row of the tables an import touches, sorted, so two states compare exactly. */
async function snapshot(db: ArLensDb) {
  const byKey = <T>(rows: T[], key: (r: T) => string) => rows.sort((a, b) => key(a).localeCompare(key(b)));
  return {
    customers: byKey(await db.customers.toArray(), (r) => r.id),
    invoices: byKey(await db.invoices.toArray(), (r) => r.id),
    contacts: byKey(await db.contacts.toArray(), (r) => r.id),
    crmLinks: byKey(await db.crmLinks.toArray(), (r) => r.key),
    lastImport: (await db.meta.get('lastImport'))?.value ?? null,
  };
}

describe('import repository: undo', () => {
  it('undo after a replace restores exactly the previous ledger, links and lastImport', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 5, 3), 'replace', 1000, 'a.csv');
    const before = await snapshot(db);
    await importLedger(db, ledger('B', 2, 1), 'replace', 2000, 'b.csv');
    expect(await ledgerCounts(db)).toEqual({ customers: 2, invoices: 2, contacts: 2 });
    expect(await undoableImport(db)).toMatchObject({ at: 2000, source: 'b.csv', mode: 'replace', counts: { customers: 5, invoices: 15 } });
    const undone = await undoLastImport(db);
    expect(undone?.source).toBe('b.csv');
    expect(await snapshot(db)).toEqual(before);
    expect(await undoableImport(db)).toBeNull();
    expect(await undoLastImport(db)).toBeNull();
  });

  it('undo after a merge removes added rows and puts overwritten rows back as they were', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 3, 2), 'replace', 1000, 'a.csv');
    const before = await snapshot(db);
    const changed = ledger('A', 1, 2);
    changed.invoices = changed.invoices.map((i) => ({ ...i, openAmount: 1 }));
    changed.customers.push({ id: 'NEW', name: '新客户', tier: 'A', emailDomains: [] });
    await importLedger(db, changed, 'merge', 2000, 'b.csv');
    expect((await db.invoices.get('AC0-I0'))?.openAmount).toBe(1);
    await undoLastImport(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undo of the first import empties the ledger and forgets lastImport', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 2, 2), 'merge', 1000, 'a.csv');
    await undoLastImport(db);
    expect(await ledgerCounts(db)).toEqual({ customers: 0, invoices: 0, contacts: 0 });
    expect(await db.meta.get('lastImport')).toBeUndefined();
  });

  it('links the user made stay through an undo, also ones made after the import', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 2, 1), 'replace', 1000, 'a.csv');
    await linkRecord(db, 'zoho-crm', '48768760001', 'AC1', 1500);
    await importLedger(db, ledger('B', 2, 1), 'replace', 2000, 'b.csv');
    // The user now links the record that the previous ledger had linked: the user's choice wins.
    await linkRecord(db, 'salesforce', '001A0', 'BC0', 2500);
    await undoLastImport(db);
    expect((await db.crmLinks.get('zoho-crm:48768760001'))?.source).toBe('user');
    expect(await db.crmLinks.get('salesforce:001A0')).toMatchObject({ source: 'user', customerId: 'BC0' });
    expect(await db.crmLinks.get('salesforce:001A1')).toMatchObject({ source: 'ledger', customerId: 'AC1' });
    expect(await db.crmLinks.get('salesforce:001B0')).toBeUndefined();
  });

  it('a quota error in the middle of the write leaves the previous ledger and its undo record intact', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 4, 5), 'replace', 1000, 'a.csv');
    await importLedger(db, ledger('B', 3, 2), 'merge', 2000, 'b.csv');
    const before = await snapshot(db);
    const undoBefore = await undoableImport(db);
    const backupBefore = await db.undoInvoices.count();

    // The invoices table writes half of what it is given, then the disk is full.
    const table = db.invoices;
    const original = table.bulkPut.bind(table);
    const failing = async (items: readonly Invoice[]) => {
      await original(items.slice(0, Math.floor(items.length / 2)));
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    table.bulkPut = failing as unknown as typeof table.bulkPut;
    await expect(importLedger(db, ledger('C', 6, 4), 'replace', 3000, 'c.csv')).rejects.toThrow(/quota/i);
    table.bulkPut = original as typeof table.bulkPut;

    expect(await snapshot(db)).toEqual(before);
    expect(await undoableImport(db)).toEqual(undoBefore);
    expect(await db.undoInvoices.count()).toBe(backupBefore);
    await undoLastImport(db);
    expect(await ledgerCounts(db)).toEqual({ customers: 4, invoices: 20, contacts: 4 });
  });

  it('a failure at any write of an import, of random bytes parsed as a ledger, leaves every table as it was', async () => {
    const tables = ['customers', 'invoices', 'contacts', 'crmLinks', 'undoCustomers', 'undoInvoices', 'meta'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...tables), fc.boolean(), fc.uint8Array({ maxLength: 300 }), async (failing, merge, junk) => {
        const db = testDb();
        await importLedger(db, ledger('A', 3, 2), 'replace', 1000, 'a.csv');
        await importLedger(db, ledger('B', 2, 2), 'merge', 2000, 'b.csv');
        const before = await snapshot(db);
        const undoBefore = await undoableImport(db);
        // A mangled file still parses (never throws); what it yields is written with one table failing.
        const csv = new TextEncoder().encode('customer_name,invoice_number,due_date,currency,amount\n甲公司,X-1,2026-01-01,CNY,1.00\n');
        const parsed = parseLedgerFile(new Uint8Array([...csv, ...junk]), 'mangled.csv');
        // The table object the repository uses (db.table(name) is another wrapper of the same store).
        const table = { customers: db.customers, invoices: db.invoices, contacts: db.contacts, crmLinks: db.crmLinks, undoCustomers: db.undoCustomers, undoInvoices: db.undoInvoices, meta: db.meta }[failing] as Table<unknown, unknown>;
        const put = table.bulkPut.bind(table);
        const failingPut = async (...args: Parameters<typeof put>) => {
          await put(...args);
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        table.bulkPut = failingPut as unknown as typeof table.bulkPut;
        const metaPut = db.meta.put.bind(db.meta);
        if (failing === 'meta') db.meta.put = failingPut as unknown as typeof db.meta.put;
        const data = parsed.invoices.length > 0 ? parsed : ledger('C', 2, 1);
        await expect(importLedger(db, data, merge ? 'merge' : 'replace', 3000, 'c.csv')).rejects.toThrow();
        table.bulkPut = put as typeof table.bulkPut;
        db.meta.put = metaPut;
        expect(await snapshot(db)).toEqual(before);
        expect(await undoableImport(db)).toEqual(undoBefore);
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('any sequence of imports followed by one undo equals the state before the last import', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ tag: fc.constantFrom('A', 'B', 'C'), n: fc.integer({ min: 0, max: 4 }), k: fc.integer({ min: 0, max: 3 }), merge: fc.boolean() }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (steps) => {
          const db = testDb();
          let before = await snapshot(db);
          for (const [i, s] of steps.entries()) {
            before = await snapshot(db);
            await importLedger(db, ledger(s.tag, s.n, s.k), s.merge ? 'merge' : 'replace', 1000 + i, `${i}.csv`);
          }
          await undoLastImport(db);
          expect(await snapshot(db)).toEqual(before);
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('writes the same ledger as writeLedger', async () => {
    const a = testDb();
    const b = testDb();
    await importLedger(a, ledger('A', 3, 2), 'replace', 1000, 'a.csv');
    await writeLedger(b, ledger('A', 3, 2), 'replace', 1000, 'a.csv');
    expect(await snapshot(a)).toEqual(await snapshot(b));
  });
});

describe('import repository: delete everything and mapping profiles', () => {
  it('deleteEverything empties every table', async () => {
    const db = testDb();
    await importLedger(db, ledger('A', 2, 2), 'replace', 1000, 'a.csv');
    await importLedger(db, ledger('B', 2, 2), 'replace', 2000, 'b.csv');
    await saveMappingProfile(db, 'h:1', { mapping: { amount: 'Betrag' }, source: 'x.csv' }, 1);
    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('saves a corrected mapping under its profile key and reads it back', async () => {
    const db = testDb();
    expect(await loadMappingProfile(db, 'h:abc')).toBeNull();
    await saveMappingProfile(db, 'h:abc', { mapping: { amount: 3, note: null }, source: 'a.csv' }, 10);
    await saveMappingProfile(db, 'h:abc', { mapping: { amount: 4 }, source: 'b.csv' }, 20);
    expect(await loadMappingProfile(db, 'h:abc')).toEqual({ mapping: { amount: 4 }, source: 'b.csv' });
    expect((await db.documents.get('importProfile:h:abc'))?.version).toBe(2);
  });
});
