import fc from 'fast-check';
import { type LedgerData, writeLedger } from 'shared/db';
import { resolveRecipientAddresses } from 'shared/db/contactLookup';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

const ledger = (): LedgerData => ({
  customers: [
    { id: 'C1', name: '北京星河科技有限公司', code: 'C0001', tier: 'A', emailDomains: ['xinghe-tech.com.cn'] },
    { id: 'C2', name: 'Harbor Logistics (Shanghai) Co., Ltd.', tier: 'B', emailDomains: ['harborlog.com'] },
    // A group whose companies share one mail domain.
    { id: 'C3', name: '星河集团华南分公司', tier: 'C', emailDomains: ['xinghe-group.cn'] },
    { id: 'C4', name: '星河集团华北分公司', tier: 'C', emailDomains: ['XingHe-Group.cn'] },
    // Bad data: a free-mail domain recorded as the customer's own.
    { id: 'C5', name: '个体户张三', tier: 'D', emailDomains: ['qq.com'] },
  ],
  invoices: [],
  contacts: [
    { id: 'K1', customerId: 'C1', name: '王丽', email: 'Wang.Li@xinghe-tech.com.cn' },
    { id: 'K2', customerId: 'C2', name: 'Emily Chen', email: 'emily.chen@harborlog.com' },
    // A contact of C2 who writes from a free-mail address: found by the address, never by the domain.
    { id: 'K3', customerId: 'C2', name: 'Li Ming', email: 'liming88@qq.com' },
  ],
  crmLinks: [],
});

async function filled() {
  const db = testDb();
  await writeLedger(db, ledger(), 'replace', 1000, 'test.csv');
  return db;
}

describe('resolveRecipientAddresses', () => {
  it('finds a customer by an exact contact address, whatever its case or display name', async () => {
    const r = await resolveRecipientAddresses(await filled(), ['"王丽" <WANG.LI@xinghe-tech.com.cn>']);
    expect(r.customers.map((c) => c.id)).toEqual(['C1']);
    expect(r.customers[0]).toMatchObject({ name: '北京星河科技有限公司', code: 'C0001', emailDomains: ['xinghe-tech.com.cn'] });
    expect(r.perAddress).toEqual([{ address: 'wang.li@xinghe-tech.com.cn', customerIds: ['C1'], via: 'contact', contactName: '王丽' }]);
    expect(r.ledgerEmpty).toBe(false);
  });

  it('falls back to the customer e-mail domain, including a sub-domain of it', async () => {
    const r = await resolveRecipientAddresses(await filled(), ['finance@xinghe-tech.com.cn', 'ops@mail.harborlog.com']);
    expect(r.perAddress.map((a) => [a.address, a.via, a.customerIds])).toEqual([
      ['finance@xinghe-tech.com.cn', 'domain', ['C1']],
      ['ops@mail.harborlog.com', 'domain', ['C2']],
    ]);
    expect(r.customers.map((c) => c.id)).toEqual(['C1', 'C2']);
  });

  it('never maps a free-mail domain to a customer, but still finds a known contact there', async () => {
    const db = await filled();
    const stranger = await resolveRecipientAddresses(db, ['someone@qq.com', 'x@vip.qq.com']);
    expect(stranger.customers).toEqual([]);
    expect(stranger.perAddress.every((a) => a.via === 'none')).toBe(true);
    const known = await resolveRecipientAddresses(db, ['liming88@qq.com']);
    expect(known.customers.map((c) => c.id)).toEqual(['C2']);
    expect(known.perAddress[0]?.via).toBe('contact');
  });

  it('reports several customers for a shared domain, and puts a contact match first', async () => {
    const db = await filled();
    const shared = await resolveRecipientAddresses(db, ['ap@xinghe-group.cn']);
    expect(shared.customers.map((c) => c.id).sort()).toEqual(['C3', 'C4']);
    const mixed = await resolveRecipientAddresses(db, ['ap@xinghe-group.cn', 'emily.chen@harborlog.com']);
    expect(mixed.customers[0]?.id).toBe('C2');
    expect(mixed.customers).toHaveLength(3);
  });

  it('reports none found, and whether the ledger is empty', async () => {
    const r = await resolveRecipientAddresses(await filled(), ['who@unknown-prospect.com', 'not an address']);
    expect(r).toEqual({ customers: [], perAddress: [{ address: 'who@unknown-prospect.com', customerIds: [], via: 'none' }], ledgerEmpty: false });
    const empty = await resolveRecipientAddresses(testDb(), ['wang.li@xinghe-tech.com.cn']);
    expect(empty.customers).toEqual([]);
    expect(empty.ledgerEmpty).toBe(true);
  });

  it('answers one line per distinct address in the order given (property)', async () => {
    const db = await filled();
    const pool = ['wang.li@xinghe-tech.com.cn', 'finance@xinghe-tech.com.cn', 'a@qq.com', 'x@harborlog.com', 'nobody@nowhere.org', 'ap@xinghe-group.cn'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), async (list) => {
        const r = await resolveRecipientAddresses(db, list);
        expect(r.perAddress.map((a) => a.address)).toEqual([...new Set(list)]);
        const found = new Set(r.perAddress.flatMap((a) => a.customerIds));
        expect(new Set(r.customers.map((c) => c.id))).toEqual(found);
        expect(found.has('C5')).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
