import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS, type CanonicalField, HEADER_SYNONYMS, parseLedgerRows } from 'shared/import';

const fieldsOf = (headers: string[]) => {
  const r = parseLedgerRows([headers]);
  return Object.fromEntries(Object.entries(r.mapping.fields).map(([field, m]) => [m.header, field]));
};

describe('header synonyms', () => {
  it('no header text is claimed by two fields', () => {
    const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
    const owner = new Map<string, CanonicalField>();
    for (const field of CANONICAL_FIELDS) {
      for (const text of HEADER_SYNONYMS[field]) {
        const other = owner.get(key(text));
        expect(other === undefined || other === field, `${text}: ${other} / ${field}`).toBe(true);
        owner.set(key(text), field);
      }
    }
  });

  it.each<[string, string[], Record<string, CanonicalField>]>([
    [
      '金蝶',
      ['往来单位', '单据编号', '单据日期', '到期日期', '币别', '价税合计', '未核销金额', '业务员'],
      {
        往来单位: 'customer_name',
        单据编号: 'invoice_number',
        单据日期: 'issue_date',
        到期日期: 'due_date',
        币别: 'currency',
        价税合计: 'amount',
        未核销金额: 'open_amount',
        业务员: 'owner',
      },
    ],
    [
      '用友/畅捷通',
      ['客户', '发票号码', '开票日期', '应收日期', '币种', '金额', '应收余额', '销售员'],
      {
        客户: 'customer_name',
        发票号码: 'invoice_number',
        开票日期: 'issue_date',
        应收日期: 'due_date',
        币种: 'currency',
        金额: 'amount',
        应收余额: 'open_amount',
        销售员: 'owner',
      },
    ],
    [
      'QuickBooks',
      ['Customer', 'Num', 'Date', 'Due Date', 'Amount', 'Open balance', 'Sales Rep'],
      { Customer: 'customer_name', Num: 'invoice_number', Date: 'issue_date', 'Due Date': 'due_date', Amount: 'amount', 'Open balance': 'open_amount', 'Sales Rep': 'owner' },
    ],
    [
      'Zoho Books',
      ['Customer Name', 'Invoice Number', 'Invoice Date', 'Due Date', 'Currency Code', 'Total', 'Balance Due'],
      {
        'Customer Name': 'customer_name',
        'Invoice Number': 'invoice_number',
        'Invoice Date': 'issue_date',
        'Due Date': 'due_date',
        'Currency Code': 'currency',
        Total: 'amount',
        'Balance Due': 'open_amount',
      },
    ],
    [
      'Xero invoice export',
      ['ContactName', 'EmailAddress', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'Total', 'InvoiceAmountDue', 'Currency'],
      {
        ContactName: 'customer_name',
        EmailAddress: 'contact_email',
        InvoiceNumber: 'invoice_number',
        InvoiceDate: 'issue_date',
        DueDate: 'due_date',
        Total: 'amount',
        InvoiceAmountDue: 'open_amount',
        Currency: 'currency',
      },
    ],
    [
      'Salesforce report',
      ['Account Name', 'Account Owner', 'Invoice No.', 'Due Date', 'Amount Due', 'Amount Currency'],
      {
        'Account Name': 'customer_name',
        'Account Owner': 'owner',
        'Invoice No.': 'invoice_number',
        'Due Date': 'due_date',
        'Amount Due': 'open_amount',
        'Amount Currency': 'currency',
      },
    ],
  ])('%s headers map to the canonical fields', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  it('reads headers with a bracketed unit or qualifier', () => {
    expect(fieldsOf(['客户名称', '单据号', '到期日', '金额(元)', '未核销金额（原币）', 'Currency (ISO)'])).toEqual({
      客户名称: 'customer_name',
      单据号: 'invoice_number',
      到期日: 'due_date',
      '金额(元)': 'amount',
      '未核销金额（原币）': 'open_amount',
      'Currency (ISO)': 'currency',
    });
  });

  it('prefers the better synonym when two columns name one field', () => {
    // 用友: 原币金额 and 本币金额 both mean the amount; the original-currency one wins.
    const f = fieldsOf(['客户名称', '单据号', '到期日', '本币金额', '原币金额']);
    expect(f.原币金额).toBe('amount');
    expect(f.本币金额).toBeUndefined();
  });
});
