import { describe, expect, it } from 'vitest';
import { customerIdFromName, parseLedgerFile } from 'shared/import';

const HEADER =
  'customer_code,customer_name,uscc,tier,credit_limit,credit_currency,owner,email_domains,time_zone,crm_ids,contact_name,contact_email,contact_phone,invoice_number,kind,issue_date,due_date,currency,amount,open_amount,paid_date,disputed,note';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (lines: string[]) => parseLedgerFile(bytes([HEADER, ...lines].join('\n')), 'ledger.csv');

describe('canonical AR Lens CSV', () => {
  it('imports customers, contacts, CRM links and invoices with exact minor units', () => {
    const r = parse([
      'C001,上海甲有限公司,91310000MA1FL8XQ3B,A,500000.00,CNY,王敏,jia.com.cn,Asia/Shanghai,salesforce:001xx000003DGb2AAG;zoho-crm:4876876000000123456,李雷,LiLei@jia.com.cn,13800000000,INV-1,invoice,2025-08-01,2025-09-01,CNY,"1,234.50",1000.10,,no,first',
      'C001,上海甲有限公司,,,,,,,,,李雷,lilei@jia.com.cn,,INV-2,credit-note,2025-08-05,2025-09-05,CNY,100,100,,是,',
      ',Acme Inc,,C,,,,,,,Bob,bob@gmail.com,,A-9,,2025-08-01,2025-08-31,USD,0.30,,,,',
    ]);
    expect(r.issues).toEqual([]);
    expect(r.encoding).toBe('utf-8');
    expect(r.customers).toHaveLength(2);
    const jia = r.customers.find((c) => c.id === 'C001');
    expect(jia).toMatchObject({
      code: 'C001',
      name: '上海甲有限公司',
      tier: 'A',
      uscc: '91310000MA1FL8XQ3B',
      creditLimit: { amount: 50_000_000, currency: 'CNY' },
      owner: '王敏',
      emailDomains: ['jia.com.cn'],
      timeZone: 'Asia/Shanghai',
    });
    const acme = r.customers.find((c) => c.name === 'Acme Inc');
    expect(acme?.id).toBe(customerIdFromName('Acme Inc'));
    expect(acme?.emailDomains).toEqual([]); // gmail.com says nothing about the debtor
    expect(r.contacts).toHaveLength(2); // the same e-mail in two cases is one contact
    expect(r.crmLinks).toEqual([
      { system: 'salesforce', recordId: '001xx000003DGb2AAG', customerId: 'C001' },
      { system: 'zoho-crm', recordId: '4876876000000123456', customerId: 'C001' },
    ]);
    const byNumber = Object.fromEntries(r.invoices.map((i) => [i.number, i]));
    expect(byNumber['INV-1']).toMatchObject({ amount: 123_450, openAmount: 100_010, kind: 'invoice', disputed: false, note: 'first' });
    expect(byNumber['INV-2']).toMatchObject({ amount: -10_000, openAmount: -10_000, kind: 'credit-note', disputed: true });
    expect(byNumber['A-9']).toMatchObject({ amount: 30, openAmount: 30, currency: 'USD', customerId: acme?.id });
    expect(r.stats).toMatchObject({ dataRows: 3, imported: 3, skipped: 0, invoices: 3, customers: 2 });
    expect(r.stats.openByCurrency).toEqual({ CNY: 90_010, USD: 30 });
  });

  it('derives the same id for the same name however it is spaced or cased', () => {
    expect(customerIdFromName('ACME  Inc')).toBe(customerIdFromName(' acme inc'));
    expect(customerIdFromName('Acme Inc')).not.toBe(customerIdFromName('Acme Ltd'));
    expect(customerIdFromName('Acme Inc')).toMatch(/^n:[0-9a-z]+$/);
  });

  it('a row without invoice cells defines a customer and its contact only', () => {
    const r = parse([',Just Customer,,D,,,,,,,Ann,ann@just.cn,,,,,,,,,,,']);
    expect(r.issues).toEqual([]);
    expect(r.invoices).toEqual([]);
    expect(r.customers).toMatchObject([{ name: 'Just Customer', tier: 'D', emailDomains: ['just.cn'] }]);
    expect(r.contacts).toMatchObject([{ name: 'Ann', email: 'ann@just.cn' }]);
  });

  it('skips bad rows entirely and reports each problem with its line and column', () => {
    const r = parse([
      ',Good Co,,,,,,,,,,,,G-1,,2025-08-01,2025-09-01,CNY,10,,,,',
      ',Bad Date,,,,,,,,,Carl,carl@bad.cn,,B-1,,2025-08-01,2025-13-31,CNY,10,,,,',
      ',Bad Amount,,,,,,,,,,,,B-2,,2025-08-01,2025-09-01,CNY,12abc,,,,',
      ',Bad Currency,,,,,,,,,,,,B-3,,2025-08-01,2025-09-01,XYZ,10,,,,',
      ',Too Open,,,,,,,,,,,,B-4,,2025-08-01,2025-09-01,CNY,10,11,,,',
      ',Good Co,,,,,,,,,,,,G-1,,2025-08-01,2025-09-01,CNY,10,,,,',
      ',No Number,,,,,,,,,,,,,,2025-08-01,2025-09-01,CNY,10,,,,',
      ',Odd Flag,,,,,,,,,,,,B-5,,2025-08-01,2025-09-01,CNY,10,,,maybe,',
    ]);
    const codes = r.issues.map((i) => [i.row, i.code, i.column ?? '']);
    expect(codes).toEqual([
      [3, 'invalid-date', 'due_date'],
      [4, 'invalid-amount', 'amount'],
      [5, 'unknown-currency', 'currency'],
      [6, 'open-exceeds-amount', 'open_amount'],
      [7, 'duplicate-invoice', ''],
      [8, 'missing-value', 'invoice_number'],
      [9, 'invalid-boolean', 'disputed'],
    ]);
    expect(r.issues.every((i) => i.severity === 'error' && i.message.en !== '' && i.message.zh_CN !== '')).toBe(true);
    expect(r.invoices.map((i) => i.number)).toEqual(['G-1']);
    // Nothing of a skipped row is kept: not its customer, not its contact.
    expect(r.customers.map((c) => c.name)).toEqual(['Good Co']);
    expect(r.contacts).toEqual([]);
    expect(r.stats).toMatchObject({ dataRows: 8, imported: 1, skipped: 7 });
  });

  it('imports nothing when a required column is missing', () => {
    const text = 'customer_name,invoice_number,amount,currency\nAcme,1,10,CNY\n';
    const r = parseLedgerFile(bytes(text), 'x.csv');
    expect(r.issues.map((i) => [i.row, i.code, i.severity])).toEqual([[0, 'missing-column', 'error']]);
    expect(r.issues[0]?.message.en).toContain('Due date');
    expect(r.invoices).toEqual([]);
    expect(r.customers).toEqual([]);
  });

  it('open amount defaults to the amount and the row line is the one a record starts on', () => {
    const r = parse([',"Multi\nLine Co",,,,,,,,,,,,M-1,,2025-08-01,2025-09-01,CNY,5,,,,', ',X,,,,,,,,,,,,M-2,,bad,2025-09-01,CNY,5,,,,']);
    expect(r.invoices[0]).toMatchObject({ amount: 500, openAmount: 500 });
    expect(r.customers[0]?.name).toBe('Multi\nLine Co');
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[4, 'invalid-date']]);
  });
});
