import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ledgerCounts, saveMappingProfile, undoableImport } from 'shared/db';
import { describe, expect, it } from 'vitest';
import { ImportSession } from '../../../../extension/options/import/session';
import type { WorkerEvent } from '../../../../extension/options/import/workerProtocol';
import { testDb } from '../../../shared/db/testDb';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/import', name)));
const GBK = 'gbk-title-totals-unknown-customer-header.csv';

function session() {
  const db = testDb();
  const events: WorkerEvent[] = [];
  return { db, events, s: new ImportSession(db, (e) => events.push(e)) };
}

describe('import session (the worker side of the import page)', () => {
  it('reviews a GBK export: encoding, header below the title rows, first rows, the missing column; writes nothing', async () => {
    const { db, s } = session();
    const review = await s.open(fixture(GBK), '应收.csv');
    expect(review.encoding).toBe('gb18030');
    expect(review.mapping.headerRow).toBe(3);
    expect(review.headers).toEqual(['结算户', '单据编号', '开票日期', '到期日', '币种', '价税合计', '未核销金额']);
    expect(review.preview).toHaveLength(5);
    expect(review.preview[0]).toEqual(['上海华东机电有限公司', 'FP-2026-001', '2026/9/1', '2026/10/1', '人民币', '12,345.60', '12,345.60']);
    expect(review.importable).toBe(false);
    expect(review.issues.map((i) => i.code)).toContain('missing-column');
    expect(await ledgerCounts(db)).toEqual({ customers: 0, invoices: 0, contacts: 0 });
  });

  it('parses again with a corrected mapping and writes it in one undoable step', async () => {
    const { db, s, events } = session();
    await s.open(fixture(GBK), '应收.csv');
    const review = s.parse({ mapping: { customer_name: 0 } });
    expect(review.importable).toBe(true);
    expect(review.mapping.fields.customer_name).toEqual({ index: 0, header: '结算户' });
    expect(review.stats).toMatchObject({ customers: 3, invoices: 4, ignored: 1, openByCurrency: { CNY: 11_734_560, USD: 150_000 } });
    expect(review.issues.find((i) => i.code === 'totals-row')?.row).toBe(8);
    expect(review.mappingUsed).toEqual({ customer_name: 0 });
    const { summary } = await s.write('replace', 5000);
    expect(summary).toMatchObject({ customers: 3, invoices: 4 });
    expect(await ledgerCounts(db)).toEqual({ customers: 3, invoices: 4, contacts: 0 });
    expect((await undoableImport(db))?.source).toBe('应收.csv');
    expect(events.some((e) => e.type === 'progress' && e.phase === 'parse')).toBe(true);
    expect(events.some((e) => e.type === 'progress' && e.phase === 'write')).toBe(true);
    await expect(s.write('replace', 6000)).rejects.toThrow();
  });

  it('applies the saved profile for the same header set when the file is opened', async () => {
    const { db, s } = session();
    const first = await s.open(fixture(GBK), 'a.csv');
    await saveMappingProfile(db, first.mapping.profileKey, { mapping: { customer_name: 0 }, source: 'a.csv' }, 1);
    const again = await s.open(fixture(GBK), 'b.csv');
    expect(again.profileSource).toBe('a.csv');
    expect(again.importable).toBe(true);
    expect(again.mappingUsed).toEqual({ customer_name: 0 });
  });

  it('reads an XLSX workbook with merged header cells', async () => {
    const { s } = session();
    const review = await s.open(fixture('kingdee-cloud-merged-header.xlsx'), 'k.xlsx');
    expect(review.encoding).toBe('xlsx');
    expect(review.importable).toBe(true);
    expect(review.preview.length).toBeGreaterThan(0);
  });

  it('refuses to write what cannot be imported, and an empty file is an issue, not an exception', async () => {
    const { s } = session();
    const empty = await s.open(new Uint8Array(), 'empty.csv');
    expect(empty.importable).toBe(false);
    expect(empty.issues.map((i) => i.code)).toEqual(['empty-file']);
    await expect(s.write('merge', 1)).rejects.toThrow(/nothing to import/);
  });
});

describe('import session: date order', () => {
  it('asks for the date order when the file cannot settle it, and imports once it is chosen', async () => {
    const { s } = session();
    const csv = ['customer_name,invoice_number,due_date,currency,amount', 'A有限公司,I-1,03/04/2026,CNY,10.00', 'A有限公司,I-2,05/06/2026,CNY,20.00'].join('\n');
    const review = await s.open(new TextEncoder().encode(csv), 'd.csv');
    expect(review.dateOrderNeeded).toBe(true);
    expect(review.dateOrder).toBeNull();
    const dmy = s.parse({ dateOrder: 'DMY' });
    expect(dmy).toMatchObject({ dateOrderNeeded: true, dateOrder: 'DMY', importable: true });
    expect(dmy.stats.invoices).toBe(2);
    expect(dmy.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
