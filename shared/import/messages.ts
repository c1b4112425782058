import type { Message } from './types';

type Params = Record<string, string | number>;

/** Every issue the importer can raise, in both UI languages. `{name}` is replaced from the params. */
const CATALOG = {
  aborted: { en: 'The import was cancelled.', zh_CN: '导入已取消。' },
  'empty-file': { en: 'The file is empty.', zh_CN: '文件为空。' },
  'xls-unsupported': {
    en: 'Old Excel .xls files cannot be read; save the sheet as .xlsx or CSV.',
    zh_CN: '无法读取旧版 Excel .xls 文件，请另存为 .xlsx 或 CSV。',
  },
  'xlsx-needs-async': {
    en: 'Excel files are read asynchronously; use parseLedgerFileAsync.',
    zh_CN: 'Excel 文件需异步读取，请使用 parseLedgerFileAsync。',
  },
  'xlsx-unreadable': {
    en: 'The Excel file could not be read: {detail}',
    zh_CN: '无法读取 Excel 文件：{detail}',
  },
  'decode-replaced': {
    en: 'Some characters could not be decoded as {encoding} and were replaced.',
    zh_CN: '部分字符无法按 {encoding} 解码，已被替换。',
  },
  'unterminated-quote': {
    en: 'A quoted field is never closed; the rest of the file was read as one cell.',
    zh_CN: '有一个引号字段没有闭合，文件其余部分被当作一个单元格读取。',
  },
  'no-header': {
    en: 'No header row was recognised; map the columns by hand.',
    zh_CN: '未识别到表头行，请手动指定列对应关系。',
  },
  'missing-column': {
    en: 'Required column "{field}" is missing; nothing was imported.',
    zh_CN: '缺少必需的列“{field}”，未导入任何数据。',
  },
  'mapping-column-not-found': {
    en: 'The saved mapping names column "{column}" for {field}, which this file does not have.',
    zh_CN: '已保存的映射将 {field} 对应到列“{column}”，但本文件没有该列。',
  },
  'currency-assumed': {
    en: 'No currency given; amounts were read as {currency}.',
    zh_CN: '未提供币种，金额按 {currency} 读取。',
  },
  'dollar-assumed': {
    en: 'Amounts written with "$" were read as {currency}.',
    zh_CN: '带“$”的金额按 {currency} 读取。',
  },
  'issue-date-assumed': {
    en: 'No invoice date column; issue dates were set to the due dates.',
    zh_CN: '没有开票日期列，开票日期按到期日填写。',
  },
  'amount-from-open': {
    en: 'No amount column; invoice amounts were set to the open amounts.',
    zh_CN: '没有金额列，发票金额按未收余额填写。',
  },
  'ambiguous-date-order': {
    en: 'Dates like {example} are ambiguous; choose day-first or month-first.',
    zh_CN: '类似 {example} 的日期有歧义，请选择“日在前”或“月在前”。',
  },
  'ambiguous-date': {
    en: 'Date "{value}" could be day-first or month-first; choose the date order and import again.',
    zh_CN: '日期“{value}”无法判断日月顺序，请选择日期顺序后重新导入。',
  },
  'missing-value': { en: '{field} is empty.', zh_CN: '{field}为空。' },
  'invalid-date': { en: '"{value}" is not a date.', zh_CN: '“{value}”不是有效日期。' },
  'invalid-amount': { en: '"{value}" is not an amount.', zh_CN: '“{value}”不是有效金额。' },
  'too-many-decimals': {
    en: '"{value}" has more decimals than {currency} allows.',
    zh_CN: '“{value}”的小数位超过 {currency} 允许的位数。',
  },
  'unknown-currency': { en: '"{value}" is not a currency code.', zh_CN: '“{value}”不是有效的币种代码。' },
  'currency-conflict': {
    en: 'The amount is written in {symbol} but the currency column says {currency}.',
    zh_CN: '金额的货币符号为 {symbol}，但币种列为 {currency}。',
  },
  'open-exceeds-amount': {
    en: 'Open amount {open} exceeds the invoice amount {amount}.',
    zh_CN: '未收金额 {open} 超过发票金额 {amount}。',
  },
  'invalid-tier': { en: 'Tier "{value}" is not A, B, C or D; B was used.', zh_CN: '等级“{value}”不是 A、B、C、D，已按 B 处理。' },
  'invalid-kind': {
    en: '"{value}" is neither invoice nor credit note.',
    zh_CN: '“{value}”既不是发票也不是贷项通知单。',
  },
  'invalid-boolean': { en: '"{value}" is not yes or no.', zh_CN: '“{value}”不是“是”或“否”。' },
  'invalid-email': { en: '"{value}" is not an e-mail address.', zh_CN: '“{value}”不是有效的电子邮件地址。' },
  'invalid-crm-id': {
    en: '"{value}" is not a CRM id of the form system:recordId.',
    zh_CN: '“{value}”不是“系统:记录ID”格式的 CRM 标识。',
  },
  'invalid-time-zone': { en: '"{value}" is not a time zone.', zh_CN: '“{value}”不是有效的时区。' },
  'invalid-uscc': {
    en: '"{value}" is not an 18-character unified social credit code.',
    zh_CN: '“{value}”不是 18 位统一社会信用代码。',
  },
  'duplicate-invoice': {
    en: 'Invoice {number} of this customer appears again (first on row {first}).',
    zh_CN: '该客户的发票 {number} 重复出现（首次在第 {first} 行）。',
  },
  'customer-conflict': {
    en: '{field} differs from an earlier row of this customer ("{kept}" kept).',
    zh_CN: '{field}与该客户之前的行不一致（保留“{kept}”）。',
  },
  'totals-row': { en: 'Totals row skipped.', zh_CN: '已跳过合计行。' },
  'footer-row': { en: 'Footer row skipped.', zh_CN: '已跳过表尾行。' },
  'section-row': { en: 'Row without ledger data skipped.', zh_CN: '已跳过不含台账数据的行。' },
  'void-row': { en: 'Void or draft document "{value}" skipped.', zh_CN: '已跳过作废或草稿单据“{value}”。' },
  'sheet-skipped': {
    en: 'Sheet "{sheet}" has no recognisable header and was skipped.',
    zh_CN: '工作表“{sheet}”没有可识别的表头，已跳过。',
  },
} as const satisfies Record<string, Message>;

export type IssueCode = keyof typeof CATALOG;

/** Field names as users know them, for messages. */
const FIELD_LABELS: Record<string, Message> = {
  customer_name: { en: 'Customer name', zh_CN: '客户名称' },
  customer_code: { en: 'Customer code', zh_CN: '客户编码' },
  invoice_number: { en: 'Invoice number', zh_CN: '发票号' },
  due_date: { en: 'Due date', zh_CN: '到期日' },
  issue_date: { en: 'Invoice date', zh_CN: '开票日期' },
  currency: { en: 'Currency', zh_CN: '币种' },
  amount: { en: 'Amount', zh_CN: '金额' },
  open_amount: { en: 'Open amount', zh_CN: '未收金额' },
  tier: { en: 'Tier', zh_CN: '等级' },
  credit_limit: { en: 'Credit limit', zh_CN: '信用额度' },
  owner: { en: 'Owner', zh_CN: '负责人' },
  uscc: { en: 'USCC', zh_CN: '统一社会信用代码' },
  time_zone: { en: 'Time zone', zh_CN: '时区' },
};

function fill(template: string, params: Params, lang: keyof Message): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    if (key === 'field') return FIELD_LABELS[String(value)]?.[lang] ?? String(value);
    return String(value);
  });
}

export function issueMessage(code: IssueCode, params: Params = {}): Message {
  const entry: Message = CATALOG[code];
  return { en: fill(entry.en, params, 'en'), zh_CN: fill(entry.zh_CN, params, 'zh_CN') };
}
