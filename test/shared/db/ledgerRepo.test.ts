import { customerIdsByNameKey, invoicesOf, ledgerCounts, linkRecord, linkedCustomerId, writeLedger } from 'shared/db';
import type { LedgerData } from 'shared/db';
import type { Invoice } from 'shared/ledger';
import { normalizeName } from 'shared/match';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

function invoice(id: string, customerId: string, open: number): Invoice {
  return { id, customerId, number: id, kind: 'invoice', issueDate: '2026-10-01', dueDate: '2026-10-31', currency: 'CNY', amount: open, openAmount: open };
}

const ledger = (): LedgerData => ({
  customers: [
    { id: 'C1', name: '北京星河科技有限公司', tier: 'A', emailDomains: ['xinghe-tech.com.cn'] },
    { id: 'C2', name: 'Harbor Logistics (Shanghai) Co., Ltd.', tier: 'B', emailDomains: [] },
  ],
  invoices: [invoice('I1', 'C1', 100), invoice('I2', 'C1', 250), invoice('I3', 'C2', 5)],
  contacts: [{ id: 'K1', customerId: 'C1', name: '王丽', email: 'wang.li@xinghe-tech.com.cn' }],
  crmLinks: [{ system: 'salesforce', recordId: '0015g00000XyZ1aAAF', customerId: 'C1' }],
});

describe('ledger repository', () => {
  it('writes an import and reads it back by index', async () => {
    const db = testDb();
    const summary = await writeLedger(db, ledger(), 'replace', 1000, 'a.csv');
    expect(summary).toMatchObject({ customers: 2, invoices: 3, contacts: 1, crmLinks: 1 });
    expect((await invoicesOf(db, 'C1')).map((i) => i.id).sort()).toEqual(['I1', 'I2']);
    expect(await customerIdsByNameKey(db, normalizeName('北京星河科技有限公司'))).toEqual(['C1']);
    expect(await linkedCustomerId(db, 'salesforce', '0015g00000XyZ1aAAF')).toBe('C1');
    expect((await db.meta.get('lastImport'))?.value).toEqual({ at: 1000, source: 'a.csv', mode: 'replace' });
  });

  it('replace drops the previous ledger and its ledger links but keeps links the user made', async () => {
    const db = testDb();
    await writeLedger(db, ledger(), 'replace', 1000, 'a.csv');
    await linkRecord(db, 'zoho-crm', '4876876000000123456', 'C2', 2000);
    const next = ledger();
    next.customers = [next.customers[1]!];
    next.invoices = [invoice('I9', 'C2', 7)];
    next.contacts = [];
    next.crmLinks = [];
    await writeLedger(db, next, 'replace', 3000, 'b.csv');
    expect(await ledgerCounts(db)).toEqual({ customers: 1, invoices: 1, contacts: 0 });
    expect(await linkedCustomerId(db, 'salesforce', '0015g00000XyZ1aAAF')).toBeUndefined();
    expect(await linkedCustomerId(db, 'zoho-crm', '4876876000000123456')).toBe('C2');
  });

  it('a user link is not overwritten by a later import that links the record elsewhere', async () => {
    const db = testDb();
    await linkRecord(db, 'salesforce', '0015g00000XyZ1aAAF', 'C2', 500);
    await writeLedger(db, ledger(), 'merge', 1000, 'a.csv');
    expect(await linkedCustomerId(db, 'salesforce', '0015g00000XyZ1aAAF')).toBe('C2');
  });

  it('a failing write leaves the previous ledger intact (one transaction)', async () => {
    const db = testDb();
    await writeLedger(db, ledger(), 'replace', 1000, 'a.csv');
    const broken = ledger();
    // An invoice without its primary key makes bulkPut fail half-way through the transaction.
    broken.invoices = [invoice('I7', 'C1', 1), { ...invoice('I8', 'C1', 1), id: undefined as unknown as string }];
    await expect(writeLedger(db, broken, 'replace', 2000, 'broken.csv')).rejects.toThrow();
    expect(await ledgerCounts(db)).toEqual({ customers: 2, invoices: 3, contacts: 1 });
    expect((await db.meta.get('lastImport'))?.value).toMatchObject({ source: 'a.csv' });
  });
});
