import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArLensDb, SCHEMA_V1, customerIdsByNameKey } from 'shared/db';
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
  it('v1 → v2 keeps every row and adds name keys for aliases', async () => {
    const indexedDB = new IDBFactory();
    await filledV1(indexedDB, 1000, 20);
    const db = new ArLensDb('migrate', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
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
});
