import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArLensDb, SCHEMA_V1, customerIdsByNameKey } from 'shared/db';
import { normalizeName } from 'shared/match';
import { describe, expect, it } from 'vitest';

const CUSTOMERS = 10_000;
const INVOICES = 100_000;

const invoice = (i: number) => ({
  id: `I${i}`,
  customerId: `C${i % CUSTOMERS}`,
  number: `INV-${i}`,
  kind: i % 17 === 0 ? 'credit-note' : 'invoice',
  issueDate: '2026-01-01',
  dueDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
  currency: i % 3 === 0 ? 'USD' : 'CNY',
  amount: i * 7,
  openAmount: i % 5 === 0 ? 0 : i * 3,
  note: i % 1000 === 0 ? `<img src=x onerror=__xss(${i})>` : undefined,
});

/** A stable digest of rows: every defined field of every row, order-free, so a lost or changed value shows. */
function digest(rows: readonly object[]): string {
  let h = 0;
  const text = rows
    .map((r) =>
      JSON.stringify(
        Object.entries(r)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    )
    .sort()
    .join('\n');
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return `${rows.length}:${h}`;
}

describe('hostile: a database migration with 100,000 rows loses nothing', () => {
  it('v1 → latest keeps every customer, invoice (field by field), contact, link and audit entry', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('migrate-100k', { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({
      id: `C${i}`,
      code: `K${i}`,
      name: i % 97 === 0 ? `"><script>__xss(${i})</script>客户${i}` : `客户${i}有限公司`,
      aliases: i % 10 === 0 ? [`Alias ${i} Co., Ltd.`] : undefined,
      tier: 'B',
      emailDomains: [`c${i}.example.cn`],
      nameKey: normalizeName(`客户${i}有限公司`),
    }));
    const invoices = Array.from({ length: INVOICES }, (_, i) => invoice(i));
    await v1.table('customers').bulkAdd(customers);
    await v1.table('invoices').bulkAdd(invoices);
    await v1.table('contacts').bulkAdd(Array.from({ length: 2000 }, (_, i) => ({ id: `K${i}`, customerId: `C${i}`, name: `联系人${i}`, email: `p${i}@c${i}.example.cn` })));
    await v1.table('crmLinks').bulkAdd(Array.from({ length: 500 }, (_, i) => ({ key: `salesforce:${i}`, system: 'salesforce', recordId: String(i), customerId: `C${i}`, createdAt: i, source: 'user' })));
    await v1.table('audit').bulkAdd(Array.from({ length: 1000 }, (_, i) => ({ seq: i + 1, at: i, time: i, customerId: `C${i % 50}`, text: `t${i}` })));
    v1.close();

    const db = new ArLensDb('migrate-100k', { indexedDB, IDBKeyRange });
    await db.open();
    // The latest schema: the version a fresh database opens at.
    const fresh = new ArLensDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await fresh.open();
    expect(db.verno).toBeGreaterThan(1);
    expect(db.verno).toBe(fresh.verno);
    fresh.close();
    expect(await db.customers.count()).toBe(CUSTOMERS);
    expect(await db.invoices.count()).toBe(INVOICES);
    expect(await db.contacts.count()).toBe(2000);
    expect(await db.crmLinks.count()).toBe(500);
    expect(await db.audit.count()).toBe(1000);
    // Invoices are not touched by any upgrade: identical, field by field.
    expect(digest(await db.invoices.toArray())).toBe(digest(invoices));
    // Customers keep every field they had and gain their name keys.
    const migrated = await db.customers.toArray();
    expect(digest(migrated.map(({ nameKeys: _k, nameKey: _n, ...rest }) => rest))).toBe(
      digest(customers.map(({ nameKey: _n, ...rest }) => rest)),
    );
    expect(migrated.every((c) => c.nameKeys.includes(normalizeName(c.name)))).toBe(true);
    expect(await customerIdsByNameKey(db, normalizeName('Alias 9990 Co., Ltd.'))).toEqual(['C9990']);
    expect(await db.audit.where('time').between(0, 1000).count()).toBe(1000);
    db.close();
  }, 600_000);
});
