import { buildSearchIndexData } from 'shared/match';
import { ledgerVersionOf, usableIndexDocument } from 'shared/search';
import { describe, expect, it } from 'vitest';

const data = buildSearchIndexData([
  { customerId: 'C1', name: '北京星河科技有限公司', code: 'C0001', pinyinFull: 'beijingxinghekeji', pinyinInitials: 'bjxhkj' },
  { customerId: 'C2', name: 'Harbor Logistics', emails: ['emily.chen@harborlog.com'] },
]);
const doc = { ledgerVersion: '5:2:1', builtAt: 7, data };

describe('cached search index document', () => {
  it('is used when built from the current ledger version and survives a structured clone', () => {
    expect(usableIndexDocument(structuredClone(doc), '5:2:1')?.data).toEqual(data);
  });

  it('is refused when stale, damaged or of another shape', () => {
    expect(usableIndexDocument(doc, '6:2:1')).toBeUndefined();
    expect(usableIndexDocument(undefined, '5:2:1')).toBeUndefined();
    expect(usableIndexDocument({ ...doc, data: { ...data, version: 2 } }, '5:2:1')).toBeUndefined();
    const fields = { ...data.fields, name: { ...data.fields.name, owners: [0, 9] } };
    expect(usableIndexDocument({ ...doc, data: { ...data, fields } }, '5:2:1')).toBeUndefined();
    const { pinyin: _dropped, ...missing } = data.fields;
    expect(usableIndexDocument({ ...doc, data: { ...data, fields: missing } }, '5:2:1')).toBeUndefined();
  });

  it('changes its ledger version with the import time and with the row counts', () => {
    const base = ledgerVersionOf(100, 20, 30);
    expect(ledgerVersionOf(101, 20, 30)).not.toBe(base);
    expect(ledgerVersionOf(100, 21, 30)).not.toBe(base);
    expect(ledgerVersionOf(100, 20, 31)).not.toBe(base);
    expect(ledgerVersionOf(undefined, 0, 0)).toBe('0:0:0');
  });
});
