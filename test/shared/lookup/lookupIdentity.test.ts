import { writeLedger } from 'shared/db';
import type { Invoice } from 'shared/ledger';
import { lookupIdentity } from 'shared/lookup';
import { prepareNameIndex } from 'shared/match';
import { describe, expect, it } from 'vitest';
import { testDb } from '../db/testDb';

function invoice(id: string, customerId: string, dueDate: string, open: number, currency = 'CNY'): Invoice {
  return { id, customerId, number: id, kind: 'invoice', issueDate: '2026-09-01', dueDate, currency, amount: open, openAmount: open };
}

async function seeded() {
  const db = testDb();
  await writeLedger(
    db,
    {
      customers: [
        { id: 'C1', name: '北京星河科技有限公司', tier: 'A', emailDomains: [], creditLimit: { amount: 100_000, currency: 'CNY' } },
        { id: 'C2', name: '北京星河电子有限公司', tier: 'B', emailDomains: [] },
        { id: 'C3', name: 'Harbor Logistics (Shanghai) Co., Ltd.', tier: 'B', emailDomains: [] },
      ],
      invoices: [invoice('I1', 'C1', '2026-10-01', 30_000), invoice('I2', 'C1', '2026-12-01', 20_000), invoice('I3', 'C3', '2026-11-01', 500, 'USD')],
      contacts: [],
      crmLinks: [{ system: 'salesforce', recordId: '0015g00000XyZ1aAAF', customerId: 'C1' }],
    },
    'replace',
    1,
    'seed',
  );
  const names = async () => prepareNameIndex((await db.customers.toArray()).map((c) => ({ customerId: c.id, name: c.name })));
  return { db, names };
}

describe('lookupIdentity', () => {
  it('an explicit CRM link wins over the name on the page', async () => {
    const { db, names } = await seeded();
    const r = await lookupIdentity(db, { system: 'salesforce', recordId: '0015g00000XyZ1aAAF', name: 'Harbor Logistics (Shanghai) Co., Ltd.' }, '2026-11-22', names);
    expect(r.status).toBe('found');
    if (r.status !== 'found') return;
    expect(r.matchedBy).toBe('link');
    expect(r.view.customer.id).toBe('C1');
    expect(r.view.worstDaysOverdue).toBe(52);
    expect(r.view.overdue).toEqual([{ amount: 30_000, currency: 'CNY' }]);
    expect(r.view.credit).toMatchObject({ available: 50_000, currency: 'CNY', status: 'ok', utilisationBps: 5000 });
  });

  it('matches a normalised name (full-width brackets, case, legal suffix)', async () => {
    const { db, names } = await seeded();
    const r = await lookupIdentity(db, { system: 'zoho-crm', name: 'HARBOR LOGISTICS（SHANGHAI）CO., LTD' }, '2026-11-22', names);
    expect(r.status === 'found' && r.matchedBy === 'name' && r.view.customer.id).toBe('C3');
  });

  it('offers ranked suggestions when no name matches exactly', async () => {
    const { db, names } = await seeded();
    const r = await lookupIdentity(db, { system: 'salesforce', recordId: '0015g00000ZZZZZAAA', name: '星河科技' }, '2026-11-22', names);
    expect(r.status).toBe('suggest');
    if (r.status !== 'suggest') return;
    expect(r.candidates[0]).toMatchObject({ customerId: 'C1', name: '北京星河科技有限公司' });
  });

  it('says the ledger is empty before any import', async () => {
    const db = testDb();
    const r = await lookupIdentity(db, { system: 'salesforce', name: 'X' }, '2026-11-22', async () => prepareNameIndex([]));
    expect(r.status).toBe('empty');
  });
});
