import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ParseOptions, type ParseResult, parseLedgerFile, parseLedgerFileAsync } from 'shared/import';
import { ledgerFixtures } from './ledgerFixtures';

const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(dir + name));
const importFile = (name: string, options?: ParseOptions) => parseLedgerFileAsync(fixture(name), name, options);

const codes = (r: ParseResult) => r.issues.map((i) => `${i.row}:${i.code}`);
const byNumber = (r: ParseResult) => Object.fromEntries(r.invoices.map((i) => [i.number, i]));

describe('import fixtures', () => {
  it('the committed files are what the generator builds', () => {
    for (const [name, bytes] of Object.entries(ledgerFixtures())) expect(fixture(name), name).toEqual(bytes);
  });

  it('金蝶 K3 in GBK: title rows skipped, 小计/合计 and signature reported, totals right', async () => {
    const r = await importFile('kingdee-k3-gbk.csv');
    expect(r.encoding).toBe('gb18030');
    expect(r.mapping.headerRow).toBe(3);
    expect(codes(r)).toEqual(['6:totals-row', '9:totals-row', '10:totals-row', '11:footer-row']);
    expect(r.stats.openByCurrency).toEqual({ CNY: 11_734_560, USD: 150_000 });
    expect(r.stats.amountByCurrency).toEqual({ CNY: 12_034_560, USD: 150_000 });
    expect(byNumber(r).XSFP000187).toMatchObject({ customerId: '01.001', issueDate: '2025-08-20', dueDate: '2025-09-19', openAmount: 500_000 });
    expect(r.customers.map((c) => [c.id, c.name, c.owner])).toEqual([
      ['01.001', '上海华东机电有限公司', '张伟'],
      ['01.002', '杭州西湖电子科技股份有限公司', '李娜'],
    ]);
  });

  it('the sync entry reads the same CSV the same way', async () => {
    const sync = parseLedgerFile(fixture('kingdee-k3-gbk.csv'), 'kingdee-k3-gbk.csv');
    expect(sync).toEqual(await importFile('kingdee-k3-gbk.csv'));
  });

  it('用友 U8: a red-letter document is a credit note, 总计 skipped', async () => {
    const r = await importFile('yonyou-u8.csv');
    expect(r.encoding).toBe('utf-8');
    expect(codes(r)).toEqual(['5:totals-row']);
    expect(byNumber(r)['0000000012']).toMatchObject({ kind: 'credit-note', amount: -150_000, openAmount: -150_000 });
    expect(r.stats.amountByCurrency).toEqual({ CNY: 8_040_000 });
    expect(r.stats.openByCurrency).toEqual({ CNY: 6_700_000 });
  });

  it('Zoho Books: void invoice skipped, quoted newline kept, three currencies', async () => {
    const r = await importFile('zoho-books-invoices.csv');
    expect(codes(r)).toEqual(['4:void-row']);
    expect(byNumber(r)['INV-000101']?.note).toBe('Net 30, "priority"');
    expect(byNumber(r)['INV-000104']?.note).toBe('two\nlines');
    expect(r.stats.amountByCurrency).toEqual({ USD: 370_050, EUR: 100_000, GBP: 30_000 });
    expect(r.stats.openByCurrency).toEqual({ USD: 270_050, EUR: 100_000, GBP: 0 });
    expect(r.contacts.map((c) => c.email)).toEqual(['ap@globex.com', 'billing@initech.de']);
    expect(r.mapping.unmapped.map((u) => u.header)).toEqual(['Invoice ID', 'Exchange Rate']);
  });

  it('QuickBooks A/R aging detail: month-first dates settled by the data, sections and totals skipped', async () => {
    const r = await importFile('quickbooks-ar-aging-detail.csv', { defaultCurrency: 'USD' });
    expect(codes(r)).toEqual([
      '6:section-row',
      '9:totals-row',
      '10:section-row',
      '13:totals-row',
      '14:totals-row',
      '16:section-row',
    ]);
    expect(byNumber(r)['1039']).toMatchObject({ issueDate: '2025-09-02', dueDate: '2025-10-02' });
    expect(byNumber(r)['1035']).toMatchObject({ kind: 'credit-note', amount: -15_000 });
    expect(r.stats.amountByCurrency).toEqual({ USD: 340_000 });
    expect(r.stats.openByCurrency).toEqual({ USD: 220_000 });
  });

  it('without a currency anywhere, CNY is assumed and said so', async () => {
    const r = await importFile('quickbooks-ar-aging-detail.csv');
    expect(r.issues[0]).toMatchObject({ row: 0, code: 'currency-assumed', severity: 'warning' });
    expect(r.stats.openByCurrency).toEqual({ CNY: 220_000 });
  });

  it('Xero aged receivables: day-first dates, contact headings, Paid/Due columns', async () => {
    const r = await importFile('xero-aged-receivables-detail.csv', { defaultCurrency: 'NZD' });
    expect(codes(r)).toEqual(['6:section-row', '9:totals-row', '10:section-row', '12:totals-row', '13:totals-row']);
    expect(byNumber(r)['INV-0031']).toMatchObject({ issueDate: '2025-09-02', dueDate: '2025-10-02', amount: 100_000, openAmount: 75_000 });
    expect(r.stats.amountByCurrency).toEqual({ NZD: 758_350 });
    expect(r.stats.openByCurrency).toEqual({ NZD: 733_350 });
  });

  it('Salesforce report: account ids become CRM links, footer and grand totals skipped', async () => {
    const r = await importFile('salesforce-report.csv');
    expect(codes(r)).toEqual(['6:totals-row', '8:footer-row', '9:footer-row']);
    const edge = r.customers.find((c) => c.name === 'Edge Communications');
    expect(edge).toMatchObject({ owner: 'Rose Gonzalez', emailDomains: ['edgecomm.com'] });
    expect(r.crmLinks).toContainEqual({ system: 'salesforce', recordId: '001xx000003DGb2AAG', customerId: edge?.id });
    expect(r.crmLinks).toHaveLength(2);
    expect(r.stats.amountByCurrency).toEqual({ USD: 1_650_000, EUR: 200_000 });
    expect(r.stats.openByCurrency).toEqual({ USD: 1_350_000, EUR: 200_000 });
  });

  it('hand-made Chinese Excel: ¥ amounts, 年月日 dates, full-width brackets as a credit', async () => {
    const r = await importFile('excel-cn.csv');
    expect(codes(r)).toEqual(['5:totals-row']);
    expect(byNumber(r)['FP-2025-003']).toMatchObject({ kind: 'credit-note', amount: -500_000, currency: 'CNY', issueDate: '2025-09-01' });
    expect(r.stats.amountByCurrency).toEqual({ CNY: 1_623_450 });
    expect(r.stats.openByCurrency).toEqual({ CNY: -376_550 });
  });

  it('European Excel: semicolons, decimal commas, day.month.year', async () => {
    const r = await importFile('excel-eu-semicolon.csv');
    expect(r.issues).toEqual([]);
    expect(byNumber(r)['R-2025-18']).toMatchObject({ issueDate: '2025-08-15', amount: 200_000, openAmount: 50_000 });
    expect(r.stats.amountByCurrency).toEqual({ EUR: 398_450 });
    expect(r.stats.openByCurrency).toEqual({ EUR: 248_450 });
  });

  it.each([
    ['excel-unicode-le.txt', 'utf-16le'],
    ['excel-unicode-be.txt', 'utf-16be'],
  ])('Excel Unicode text %s (%s, tabs)', async (name, encoding) => {
    const r = await importFile(name);
    expect(r.encoding).toBe(encoding);
    expect(r.issues).toEqual([]);
    expect(r.customers.map((c) => c.name)).toEqual(['苏州园区制造有限公司', '无锡新区物流有限公司']);
    expect(r.stats.amountByCurrency).toEqual({ CNY: 4_667_890 });
    expect(r.stats.openByCurrency).toEqual({ CNY: 4_567_890 });
  });

  it('金蝶云 workbook: customer sheet first, merged two-level header, date cells, serials and totals', async () => {
    const r = await importFile('kingdee-cloud-merged-header.xlsx');
    expect(r.encoding).toBe('xlsx');
    expect(r.issues.map((i) => `${i.sheet}:${i.row}:${i.code}`)).toEqual(['应收明细:8:totals-row']);
    expect(r.mapping).toMatchObject({ sheet: '应收明细', headerRow: 3 });
    expect(r.mapping.fields.customer_name?.header).toBe('客户名称');
    expect(r.mapping.fields.invoice_number).toEqual({ index: 2, header: '单据编号' });
    expect(byNumber(r).XSFP000301).toMatchObject({ issueDate: '2025-08-01', dueDate: '2025-08-31', amount: 1_000_050 });
    expect(byNumber(r).XSFP000302).toMatchObject({ dueDate: '2025-09-30', openAmount: 120_025 });
    expect(byNumber(r).XSFP000303).toMatchObject({ issueDate: '2025-08-31' });
    expect(r.stats.amountByCurrency).toEqual({ CNY: 1_338_938 });
    expect(r.stats.openByCurrency).toEqual({ CNY: 1_208_963 });
    expect(r.customers.map((c) => [c.id, c.tier, c.creditLimit?.amount])).toEqual([
      ['01.001', 'A', 20_000_000],
      ['01.003', 'C', 5_000_000],
      ['01.004', 'B', undefined],
    ]);
    expect(r.contacts).toHaveLength(2);
  });

  it('the sync entry points XLSX callers to the async one', () => {
    const r = parseLedgerFile(fixture('kingdee-cloud-merged-header.xlsx'), 'x.xlsx');
    expect(codes(r)).toEqual(['0:xlsx-needs-async']);
    expect(r.invoices).toEqual([]);
  });
});
