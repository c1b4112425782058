import { describe, expect, it } from 'vitest';
import { type ParseResult, mappingProfileKey, parseLedgerFile, parseLedgerFileAsync, parseLedgerRows } from 'shared/import';
import { encodeGbk } from './ledgerFixtures';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, options = {}) => parseLedgerFile(bytes(text), 'f.csv', options);
const codes = (r: ParseResult) => r.issues.map((i) => `${i.row}:${i.code}`);

describe('dates whose order the data cannot settle', () => {
  const text = ['Customer,Invoice No,Due Date,Currency,Amount', 'A,1,09/11/2025,CNY,1', 'A,2,03/04/2025,CNY,1', 'A,3,07/07/2025,CNY,1'].join('\n');

  it('reports the file once and each ambiguous row, and guesses nothing', () => {
    const r = parse(text);
    expect(codes(r)).toEqual(['0:ambiguous-date-order', '0:issue-date-assumed', '2:ambiguous-date', '3:ambiguous-date']);
    expect(r.issues[0]?.message.en).toContain('09/11/2025');
    expect(r.invoices.map((i) => [i.number, i.dueDate])).toEqual([['3', '2025-07-07']]);
  });

  it('reads them once the user chooses', () => {
    expect(parse(text, { dateOrder: 'DMY' }).invoices.map((i) => i.dueDate)).toEqual(['2025-11-09', '2025-04-03', '2025-07-07']);
    expect(parse(text, { dateOrder: 'MDY' }).invoices.map((i) => i.dueDate)).toEqual(['2025-09-11', '2025-03-04', '2025-07-07']);
  });

  it('lets one unambiguous value decide for the whole file', () => {
    const r = parse(`${text}\nA,4,25/12/2025,CNY,1`);
    expect(r.invoices.map((i) => i.dueDate)).toEqual(['2025-11-09', '2025-04-03', '2025-07-07', '2025-12-25']);
  });
});

describe('column mapping', () => {
  const text = ['Kunde,Rechnung,Fällig,Betrag,Währung', 'Müller AG,R-1,2025-09-30,100,EUR'].join('\n');

  it('cannot read unknown headers without help, but offers them for mapping by hand', () => {
    const r = parse(text);
    expect(r.mapping.unmapped.map((u) => u.header)).toEqual(['Kunde', 'Rechnung', 'Fällig', 'Betrag', 'Währung']);
    expect(r.mapping.headerRow).toBe(1);
    expect(r.invoices).toEqual([]);
  });

  it('takes a saved profile by header text or column index, even for headers it does not know', () => {
    const headers = ['Kunde', 'Rechnung', 'Fällig', 'Betrag', 'Währung'];
    const profile = { customer_name: 'kunde', invoice_number: 'Rechnung', due_date: 2, amount: 'BETRAG', currency: 4 } as const;
    const r = parseLedgerRows([['Export 2025-09'], headers, ['Müller AG', 'R-1', '2025-09-30', '100', 'EUR']], { mapping: profile });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.invoices[0]).toMatchObject({ number: 'R-1', dueDate: '2025-09-30', amount: 10_000, currency: 'EUR' });
    expect(r.mapping.fields.due_date).toEqual({ index: 2, header: 'Fällig' });
    expect(r.mapping.headerRow).toBe(2);
    expect(mappingProfileKey(headers)).toBe(mappingProfileKey([...headers].reverse()));
    // Index-only profiles need the header row named.
    const byIndex = parseLedgerRows([headers, ['Müller AG', 'R-1', '2025-09-30', '100', 'EUR']], {
      headerRow: 1,
      mapping: { customer_name: 0, invoice_number: 1, due_date: 2, amount: 3, currency: 4 },
    });
    expect(byIndex.invoices).toHaveLength(1);
  });

  it('an override can unmap a detected column and moves a column from one field to another', () => {
    const r = parse(['Customer,Invoice No,Due Date,Amount,Balance,Currency', 'A,1,2025-09-30,100,40,CNY'].join('\n'), {
      mapping: { open_amount: null },
    });
    expect(r.invoices[0]?.openAmount).toBe(10_000);
    const moved = parse(['Customer,Invoice No,Due Date,Amount,Memo,Currency', 'A,1,2025-09-30,100,40,CNY'].join('\n'), {
      mapping: { open_amount: 'Memo' },
    });
    expect(moved.invoices[0]?.openAmount).toBe(4_000);
    expect(moved.mapping.fields.note).toBeUndefined();
  });

  it('warns when a saved profile names a column the file lacks', () => {
    const r = parse(['Customer,Invoice No,Due Date,Amount,Currency', 'A,1,2025-09-30,100,CNY'].join('\n'), { mapping: { owner: 'Rep' } });
    expect(codes(r)).toContain('0:mapping-column-not-found');
    expect(r.invoices).toHaveLength(1);
  });

  it('profile keys differ between header sets and ignore case and spacing', () => {
    expect(mappingProfileKey(['客户名称', 'Due Date'])).toBe(mappingProfileKey(['due date', '客户名称 ']));
    expect(mappingProfileKey(['客户名称', 'Due Date'])).not.toBe(mappingProfileKey(['客户名称', 'Due Date', 'Amount']));
    expect(parse('Customer,Amount\nA,1').mapping.profileKey).toBe(mappingProfileKey(['Customer', 'Amount']));
  });
});

describe('currencies written with amounts', () => {
  const head = 'Customer,Invoice No,Due Date,Amount';

  it('reads a bare $ as USD and reports the assumption, or as the configured dollar', () => {
    const r = parse(`${head}\nA,1,2025-09-30,"$1,200.00"`);
    expect(r.invoices[0]).toMatchObject({ currency: 'USD', amount: 120_000 });
    expect(codes(r)).toContain('0:dollar-assumed');
    const cad = parse(`${head}\nA,1,2025-09-30,$5`, { dollarCurrency: 'CAD' });
    expect(cad.invoices[0]?.currency).toBe('CAD');
    expect(codes(cad)).not.toContain('0:dollar-assumed');
  });

  it('refuses a symbol that contradicts the currency column', () => {
    const r = parse('Customer,Invoice No,Due Date,Amount,Currency\nA,1,2025-09-30,¥100,USD\nB,2,2025-09-30,$100,CNY\nC,3,2025-09-30,$100,HKD');
    expect(codes(r).filter((c) => !c.startsWith('0:'))).toEqual(['2:currency-conflict', '3:currency-conflict']);
    expect(r.invoices.map((i) => i.currency)).toEqual(['HKD']);
  });

  it('uses the configured default currency without a warning', () => {
    const r = parse(`${head}\nA,1,2025-09-30,10`, { defaultCurrency: 'EUR' });
    expect(r.invoices[0]?.currency).toBe('EUR');
    expect(codes(r)).not.toContain('0:currency-assumed');
  });

  it('refuses more decimals than the currency has', () => {
    const r = parse('Customer,Invoice No,Due Date,Amount,Currency\nA,1,2025-09-30,1.5,JPY\nB,2,2025-09-30,1.005,CNY');
    expect(codes(r).filter((c) => !c.startsWith('0:'))).toEqual(['2:too-many-decimals', '3:too-many-decimals']);
  });
});

describe('customers across rows', () => {
  it('a name-only row joins the customer whose code appears with that name', () => {
    const r = parse(
      ['customer_code,customer_name,invoice_number,due_date,currency,amount', ',Acme,1,2025-09-30,CNY,1', 'K9,Acme,2,2025-09-30,CNY,1'].join('\n'),
    );
    expect(r.customers.map((c) => c.id)).toEqual(['K9']);
    expect(r.invoices.map((i) => i.customerId)).toEqual(['K9', 'K9']);
  });

  it('keeps the first tier and warns about a conflicting one', () => {
    const r = parse(['customer_code,customer_name,tier', 'K1,Acme,A', 'K1,Acme,D', 'K1,Acme Holdings,'].join('\n'));
    expect(r.customers).toMatchObject([{ id: 'K1', tier: 'A', name: 'Acme', aliases: ['Acme Holdings'] }]);
    expect(codes(r)).toEqual(['3:customer-conflict']);
  });

  it('a code-only row gets its name from a later row', () => {
    const r = parse(['customer_code,customer_name', 'K1,', 'K1,Acme'].join('\n'));
    expect(r.customers).toMatchObject([{ id: 'K1', name: 'Acme' }]);
  });
});

describe('files that cannot be read', () => {
  it('empty, legacy .xls, and unreadable .xlsx', async () => {
    expect(codes(parseLedgerFile(new Uint8Array(), 'e.csv'))).toEqual(['0:empty-file']);
    expect(codes(parseLedgerFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.xls'))).toEqual(['0:xls-unsupported']);
    const broken = await parseLedgerFileAsync(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'b.xlsx');
    expect(codes(broken)).toEqual(['0:xlsx-unreadable']);
  });

  it('reports a quote never closed at the line it opens', () => {
    const r = parse('Customer,Invoice No,Due Date,Amount,Currency\nA,1,2025-09-30,1,CNY\n"B,2,2025-09-30,1,CNY\nC,3,2025-09-30,1,CNY\n');
    expect(codes(r)).toContain('3:unterminated-quote');
    expect(r.invoices.map((i) => i.number)).toEqual(['1']);
  });
});

describe('delimiters and encodings', () => {
  it('sniffs pipes and semicolons below a title row', () => {
    const pipe = parse('Receivables report\nCustomer|Invoice No|Due Date|Amount|Currency\nA|1|2025-09-30|1|CNY');
    expect(pipe.invoices).toHaveLength(1);
    expect(pipe.mapping.headerRow).toBe(2);
  });

  it('follows Excel\'s sep= hint', () => {
    const r = parse('sep=;\nCustomer;Invoice No;Due Date;Amount;Currency\nA, B & Co;1;2025-09-30;1,50;EUR');
    expect(r.invoices[0]).toMatchObject({ amount: 150, currency: 'EUR' });
    expect(r.customers[0]?.name).toBe('A, B & Co');
  });

  it('reads GBK without a title, and reports UTF-8 with a BOM as UTF-8', () => {
    const text = '客户名称,发票号,到期日,金额,币种\r\n上海甲,1,2025-09-30,1,人民币\r\n';
    const gbk = parseLedgerFile(encodeGbk(text), 'g.csv');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.customers[0]?.name).toBe('上海甲');
    const bom = parseLedgerFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), 'u.csv');
    expect(bom.encoding).toBe('utf-8');
    expect(bom.mapping.fields.customer_name?.header).toBe('客户名称');
  });
});

describe('chunked import', { timeout: 30_000 }, () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `C${i % 50},${i},2025-09-30,CNY,${i}.25`);
  const file = bytes(['customer_name,invoice_number,due_date,currency,amount', ...rows].join('\n'));

  it('reports progress in order up to the total and gives the sync result', async () => {
    const seen: [number, number][] = [];
    const r = await parseLedgerFileAsync(file, 'big.csv', { chunkSize: 500, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen.every(([done, total], i) => total === 5001 && done <= total && (i === 0 || done >= (seen[i - 1]?.[0] ?? 0)))).toBe(true);
    expect(seen.at(-1)).toEqual([5001, 5001]);
    expect(r).toEqual(parseLedgerFile(file, 'big.csv'));
    expect(r.stats.amountByCurrency.CNY).toBe(rows.reduce((sum, _, i) => sum + i * 100 + 25, 0));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const r = await parseLedgerFileAsync(file, 'big.csv', {
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 1000) controller.abort();
      },
    });
    expect(codes(r)).toEqual(['0:aborted']);
    expect(r.invoices).toEqual([]);
  });
});

describe('odd but common cells and rows', () => {
  it('keeps leading zeros written as ="…" and reads an aging report with only a balance column', () => {
    const r = parse(['客户名称,单据编号,到期日,余额', '甲公司,="0000123",2025-09-30,"1,000.00"'].join('\n'));
    expect(r.invoices[0]).toMatchObject({ number: '0000123', amount: 100_000, openAmount: 100_000 });
    expect(codes(r)).toEqual(['0:currency-assumed', '0:issue-date-assumed', '0:amount-from-open']);
  });

  it('a row holding only an invoice number is an incomplete row, not a label', () => {
    const r = parse(['Customer,Invoice No,Date,Due Date,Amount,Currency', ',INV-9,,,,', ',,Current,,,'].join('\n'));
    expect(r.issues.filter((i) => i.row === 2).map((i) => [i.code, i.column])).toEqual([
      ['missing-value', 'Customer'],
      ['missing-value', 'Due Date'],
      ['missing-value', 'Amount'],
      ['missing-value', 'Currency'],
    ]);
    expect(codes(r)).toContain('3:section-row');
    expect(r.stats).toMatchObject({ skipped: 1, ignored: 1, imported: 0 });
  });
});

describe('symbols that disagree within a row', () => {
  it('refuses ¥ next to € or $ in the same row', () => {
    const r = parse('Customer,Invoice No,Due Date,Amount,Balance\nA,1,2025-09-30,¥100,€50\nB,2,2025-09-30,¥100,$50\nC,3,2025-09-30,HK$100,$50');
    expect(codes(r).filter((c) => !c.startsWith('0:'))).toEqual(['2:currency-conflict', '3:currency-conflict']);
    expect(r.invoices).toMatchObject([{ number: '3', currency: 'HKD', openAmount: 5_000 }]);
  });
});
