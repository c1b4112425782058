import { type LedgerData, writeLedger } from 'shared/db';
import { PINYIN_MEMO_DOCUMENT_ID, SEARCH_INDEX_DOCUMENT_ID, pinyinMemoFrom } from 'shared/search';
import { describe, expect, it } from 'vitest';
import { createSearchIndexCache, ledgerVersion } from '../../../extension/entrypoints/background/searchIndexCache';
import { testDb } from '../../shared/db/testDb';

function ledger(names: [string, string][]): LedgerData {
  return {
    customers: names.map(([id, name]) => ({ id, code: id, name, tier: 'B', emailDomains: [] })),
    invoices: [],
    contacts: [{ id: 'K1', customerId: names[0]![0], name: 'Emily Chen', email: 'emily.chen@harborlog.com' }],
    crmLinks: [],
  };
}

describe('search index cache', () => {
  it('builds the index with pinyin, e-mail and code keys and stores it under the ledger version', async () => {
    const db = testDb();
    await writeLedger(db, ledger([['C0002', 'Harbor Logistics (Shanghai) Co., Ltd.'], ['C0001', '北京星河科技有限公司']]), 'replace', 1, 'seed');
    const index = await createSearchIndexCache(db, () => 42).get();
    expect(index.search('bjxh', 5)[0]).toMatchObject({ customerId: 'C0001', matchedOn: 'initials' });
    expect(index.search('beijingxinghe', 5)[0]).toMatchObject({ customerId: 'C0001', matchedOn: 'pinyin' });
    expect(index.search('emily.chen@harborlog.com', 5)[0]).toMatchObject({ customerId: 'C0002', matchedOn: 'email' });
    const stored = (await db.documents.get(SEARCH_INDEX_DOCUMENT_ID))?.value as { ledgerVersion: string; builtAt: number };
    expect(stored).toMatchObject({ ledgerVersion: await ledgerVersion(db), builtAt: 42 });
  });

  it('reads the stored index back after a restart instead of building it again', async () => {
    const db = testDb();
    await writeLedger(db, ledger([['C0001', '北京星河科技有限公司']]), 'replace', 1, 'seed');
    await createSearchIndexCache(db, () => 1).get();
    // Mark the stored copy: a cache that rebuilt would not see the mark.
    const row = await db.documents.get(SEARCH_INDEX_DOCUMENT_ID);
    const doc = row?.value as { data: { customerIds: string[] } };
    doc.data.customerIds[0] = 'FROM-DOCUMENT';
    await db.documents.put({ ...row!, value: doc });
    const restarted = await createSearchIndexCache(db, () => 2).get();
    expect(restarted.search('bjxh', 5)[0]?.customerId).toBe('FROM-DOCUMENT');
  });

  it('rebuilds after the ledger changed, and invalidate() drops the index held in memory', async () => {
    const db = testDb();
    await writeLedger(db, ledger([['C0001', '北京星河科技有限公司']]), 'replace', 1, 'seed');
    const cache = createSearchIndexCache(db, () => 1);
    expect((await cache.get()).search('hzyf', 5)).toEqual([]);
    await writeLedger(db, ledger([['C0001', '北京星河科技有限公司'], ['C0005', '杭州云帆贸易有限公司']]), 'replace', 2, 'seed');
    expect((await cache.get()).search('hzyf', 5)).toEqual([]);
    cache.invalidate();
    expect((await cache.get()).search('hzyf', 5)[0]?.customerId).toBe('C0005');
    // A fresh cache ignores the document of the older ledger too.
    await writeLedger(db, ledger([['C0009', '深圳蓝海电子股份有限公司']]), 'replace', 3, 'seed');
    const fresh = await createSearchIndexCache(db, () => 3).get();
    expect(fresh.search('szlh', 5)[0]?.customerId).toBe('C0009');
    expect(fresh.data.customerIds).toEqual(['C0009']);
  });

  it('spells only names it has not seen before, reusing the stored pinyin of the others', async () => {
    const db = testDb();
    await writeLedger(db, ledger([['C0001', '北京星河科技有限公司']]), 'replace', 1, 'seed');
    await createSearchIndexCache(db, () => 1).get();
    expect(pinyinMemoFrom((await db.documents.get(PINYIN_MEMO_DOCUMENT_ID))?.value).get('北京星河科技有限公司')?.initials).toBe('bjxhkj');
    // A marked spelling proves the next build took it from the memo instead of spelling the name again.
    await db.documents.put({
      id: PINYIN_MEMO_DOCUMENT_ID,
      version: 1,
      updatedAt: 1,
      value: { version: 1, names: ['北京星河科技有限公司'], full: ['marked'], initials: ['mkd'] },
    });
    await writeLedger(db, ledger([['C0001', '北京星河科技有限公司'], ['C0005', '杭州云帆贸易有限公司']]), 'replace', 2, 'seed');
    const index = await createSearchIndexCache(db, () => 2).get();
    expect(index.search('mkd', 5)[0]?.customerId).toBe('C0001');
    expect(index.search('hzyf', 5)[0]?.customerId).toBe('C0005');
    const memo = pinyinMemoFrom((await db.documents.get(PINYIN_MEMO_DOCUMENT_ID))?.value);
    expect(memo.get('杭州云帆贸易有限公司')?.initials).toBe('hzyfmy');
  });
});
