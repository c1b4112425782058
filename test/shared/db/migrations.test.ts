import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArLensDb, SCHEMA_V1, SCHEMA_V2, customerIdsByNameKey, importLedger, undoLastImport } from 'shared/db';
import { normalizeName } from 'shared/match';
import { describe, expect, it } from 'vitest';

/** Fills a database exactly as version 1 of the schema left it. */
async function filledV1(indexedDB: IDBFactory, customers: number, invoicesEach: number) {
  const v1 = new Dexie('migrate', { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('customers').bulkAdd(
    Array.from({ length: customers }, (_, i) => ({
      id: `C${i}`,
      name: `客户${i}有限公司`,
      aliases: i % 10 === 0 ? [`Alias ${i} Co., Ltd.`] : undefined,
      tier: 'B',
      emailDomains: [`c${i}.example.cn`],
      nameKey: normalizeName(`客户${i}有限公司`),
    })),
  );
  await v1.table('invoices').bulkAdd(
    Array.from({ length: customers * invoicesEach }, (_, i) => ({
      id: `I${i}`,
      customerId: `C${i % customers}`,
      number: `INV-${i}`,
      kind: 'invoice',
      issueDate: '2026-01-01',
      dueDate: '2026-02-01',
      currency: 'CNY',
      amount: i,
      openAmount: i,
    })),
  );
  await v1.table('contacts').bulkAdd([{ id: 'K1', customerId: 'C1', name: '王丽', email: 'wang@c1.example.cn' }]);
  await v1.table('crmLinks').bulkAdd([{ key: 'salesforce:001', system: 'salesforce', recordId: '001', customerId: 'C1', createdAt: 1, source: 'user' }]);
  await v1.table('audit').bulkAdd([{ seq: 1, at: 5, time: 5, customerId: 'C1', text: 'hello' }]);
  v1.close();
}

describe('database migrations', () => {
  it('v1 → v2 (→ v3) keeps every row and adds name keys for aliases', async () => {
    const indexedDB = new IDBFactory();
    await filledV1(indexedDB, 1000, 20);
    const db = new ArLensDb('migrate', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.customers.count()).toBe(1000);
    expect(await db.invoices.count()).toBe(20_000);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.crmLinks.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    const sum = (await db.invoices.toArray()).reduce((a, i) => a + i.openAmount, 0);
    expect(sum).toBe((20_000 * 19_999) / 2);
    expect((await db.customers.get('C10'))?.nameKeys).toEqual([normalizeName('客户10有限公司'), normalizeName('Alias 10 Co., Ltd.')]);
    expect(await customerIdsByNameKey(db, normalizeName('ALIAS 10 co ltd'))).toEqual(['C10']);
    expect(await db.audit.where('time').equals(5).count()).toBe(1);
    db.close();
  });

  it('v2 → v3 keeps every row of every table and starts with empty undo tables', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new Dexie('migrate3', { indexedDB, IDBKeyRange });
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const customers = Array.from({ length: 2000 }, (_, i) => ({
      id: `C${i}`,
      name: `客户${i}有限公司`,
      tier: 'B',
      emailDomains: [],
      nameKey: normalizeName(`客户${i}有限公司`),
      nameKeys: [normalizeName(`客户${i}有限公司`)],
    }));
    await v2.table('customers').bulkAdd(customers);
    await v2.table('invoices').bulkAdd(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `I${i}`,
        customerId: `C${i % 2000}`,
        number: `INV-${i}`,
        kind: 'invoice',
        issueDate: '2026-01-01',
        dueDate: '2026-02-01',
        currency: 'CNY',
        amount: i,
        openAmount: i,
      })),
    );
    await v2.table('contacts').bulkAdd([{ id: 'K1', customerId: 'C1', name: '王丽', email: 'wang@c1.example.cn' }]);
    await v2.table('crmLinks').bulkAdd([{ key: 'salesforce:001', system: 'salesforce', recordId: '001', customerId: 'C1', createdAt: 1, source: 'ledger' }]);
    await v2.table('audit').bulkAdd([{ seq: 1, at: 5, time: 5, customerId: 'C1', text: 'hello' }]);
    await v2.table('meta').bulkAdd([{ key: 'lastImport', value: { at: 7, source: 'x.csv', mode: 'replace' } }]);
    await v2.table('promises').bulkAdd([{ id: 'P1', customerId: 'C1', date: '2026-03-01' }]);
    await v2.table('disputes').bulkAdd([{ id: 'D1', invoiceId: 'I1', customerId: 'C1' }]);
    await v2.table('snapshots').bulkAdd([{ date: '2026-01-01', currency: 'CNY' }]);
    await v2.table('riskOverrides').bulkAdd([{ customerId: 'C1' }]);
    await v2.table('templates').bulkAdd([{ id: 'T', version: 1, updatedAt: 1, value: 'x' }]);
    await v2.table('documents').bulkAdd([{ id: 'doc', version: 1, updatedAt: 1, value: 'y' }]);
    v2.close();

    const db = new ArLensDb('migrate3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    const counts = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
    expect(counts).toEqual({
      customers: 2000,
      invoices: 10_000,
      contacts: 1,
      crmLinks: 1,
      audit: 1,
      meta: 1,
      promises: 1,
      disputes: 1,
      snapshots: 1,
      riskOverrides: 1,
      templates: 1,
      documents: 1,
      undoCustomers: 0,
      undoInvoices: 0,
      undoContacts: 0,
      undoCrmLinks: 0,
    });
    expect((await db.invoices.toArray()).reduce((a, i) => a + i.openAmount, 0)).toBe((10_000 * 9_999) / 2);
    expect(await customerIdsByNameKey(db, normalizeName('客户7有限公司'))).toEqual(['C7']);

    // The migrated ledger can be imported over and brought back whole.
    await importLedger(db, { customers: [], invoices: [], contacts: [], crmLinks: [] }, 'replace', 9, 'empty.csv');
    expect(await db.invoices.count()).toBe(0);
    await undoLastImport(db);
    expect(await db.invoices.count()).toBe(10_000);
    expect((await db.meta.get('lastImport'))?.value).toEqual({ at: 7, source: 'x.csv', mode: 'replace' });
    db.close();
  }, 120_000);
});
