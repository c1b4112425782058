import { buildXlsx } from './xlsxWriter';

/**
 * The import fixtures, built deterministically. `npx tsx test/shared/import/writeFixtures.ts` writes them to
 * test/fixtures/import/; a test checks the committed files still equal what is built here. Layouts follow the
 * vendors' exports (title rows, totals, footers, section labels), with made-up companies and amounts.
 */

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of a text, from the reverse of the platform's GBK decoder (Node has no GBK encoder). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [a, b] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 + i * 2] = a;
    out[3 + i * 2] = b;
  }
  return out;
}

/** 金蝶 K3 应收款明细表, saved as CSV by Chinese Excel: GBK, title rows, 小计/合计 rows, a signature footer. */
const kingdee = crlf([
  '应收款明细表,,,,,,,,,,',
  '会计期间：2025年第9期 至 2025年第9期,,,,,,,,,,',
  '客户编码,客户名称,单据日期,单据编号,到期日期,币别,价税合计,已核销金额,未核销金额,业务员,摘要',
  '01.001,上海华东机电有限公司,2025/7/15,XSFP000123,2025/8/14,人民币,"12,345.60",0,"12,345.60",张伟,7月货款',
  '01.001,上海华东机电有限公司,2025/8/20,XSFP000187,2025/9/19,人民币,"8,000.00","3,000.00","5,000.00",张伟,',
  ',小计,,,,,"20,345.60","3,000.00","17,345.60",,',
  '01.002,杭州西湖电子科技股份有限公司,2025/8/1,XSFP000150,2025/10/30,人民币,"100,000.00",0,"100,000.00",李娜,首期',
  '01.002,杭州西湖电子科技股份有限公司,2025/8/31,XSFP000201,2025/9/30,美元,"1,500.00",0,"1,500.00",李娜,出口',
  ',小计,,,,,"101,500.00",0,"101,500.00",,',
  '合计,,,,,,"121,845.60","3,000.00","118,845.60",,',
  '制单人：王芳,,,,,,,,,,',
]);

/** 用友 U8 应收明细 export: UTF-8 with BOM, document types including a red-letter credit, a 总计 row. */
const yonyou = crlf([
  '客户编码,客户名称,单据类型,单据号,单据日期,到期日,币种,原币金额,原币余额,业务员',
  'C0101,北京朝阳贸易有限公司,销售专用发票,0000000011,2025-07-01,2025-07-31,人民币,58500.00,58500.00,刘洋',
  'C0101,北京朝阳贸易有限公司,红字应收单,0000000012,2025-07-10,2025-07-31,人民币,-1500.00,-1500.00,刘洋',
  'C0102,广州天河实业有限公司,销售普通发票,0000000013,2025-08-15,2025-09-14,人民币,23400.00,10000.00,陈静',
  '总计,,,,,,,80400.00,67000.00,',
]);

/** Zoho Books invoice export: quoted fields, a note with a newline and quotes, a void invoice, three currencies. */
const zoho = crlf([
  '"Invoice Date","Invoice ID","Invoice Number","Invoice Status","Customer ID","Customer Name","Due Date","Currency Code","Exchange Rate","Total","Balance","Sales person","Email","Notes"',
  '"2025-08-01","4876876000000090001","INV-000101","Overdue","4876876000000051001","Globex Corporation","2025-08-31","USD","1","2500.00","2500.00","Sam Lee","ap@globex.com","Net 30, ""priority"""',
  '"2025-08-15","4876876000000090002","INV-000102","PartiallyPaid","4876876000000051001","Globex Corporation","2025-09-14","USD","1","1200.50","200.50","Sam Lee","ap@globex.com",""',
  '"2025-09-01","4876876000000090003","INV-000103","Void","4876876000000051002","Initech GmbH","2025-10-01","EUR","1.17","900.00","900.00","Anna Schmidt","billing@initech.de",""',
  '"2025-09-05","4876876000000090004","INV-000104","Sent","4876876000000051002","Initech GmbH","2025-10-05","EUR","1.17","1,000.00","1000.00","Anna Schmidt","billing@initech.de","two\nlines"',
  '"2025-09-10","4876876000000090005","INV-000105","Paid","4876876000000051003","Umbrella Ltd","2025-10-10","GBP","1.35","300.00","0.00","Sam Lee","",""',
]);

/** QuickBooks Online A/R Aging Detail: report title rows, aging sections, "Total for …" rows, a timestamp footer. */
const quickbooks = crlf([
  'Acme Trading LLC,,,,,,,',
  'A/R Aging Detail,,,,,,,',
  '"As of September 30, 2025",,,,,,,',
  ',,,,,,,',
  ',Date,Transaction Type,Num,Customer,Due Date,Amount,Open Balance',
  'Current,,,,,,,',
  ',09/15/2025,Invoice,1042,Cool Cars,10/15/2025,"1,250.00","1,250.00"',
  ',09/02/2025,Invoice,1039,Diego Rodriguez,10/02/2025,300.00,300.00',
  'Total for Current,,,,,,"1,550.00","1,550.00"',
  '1 - 30 days past due,,,,,,,',
  ',08/10/2025,Invoice,1030,Cool Cars,09/09/2025,"2,000.00",800.00',
  ',08/25/2025,Credit Memo,1035,Cool Cars,08/25/2025,-150.00,-150.00',
  'Total for 1 - 30 days past due,,,,,,"1,850.00",650.00',
  'TOTAL,,,,,,"3,400.00","2,200.00"',
  ',,,,,,,',
  '"Tuesday, Oct 07, 2025 09:12:03 AM GMT-07:00",,,,,,,',
]);

/** Xero Aged Receivables Detail: grouped by contact, day-first dates, Paid and Due columns. */
const xero = crlf([
  'Aged Receivables Detail,,,,,,,',
  'Demo Company (NZ),,,,,,,',
  'As at 30 September 2025,,,,,,,',
  ',,,,,,,',
  'Invoice Date,Invoice Number,Contact,Due Date,Reference,Total,Paid,Due',
  'Ridgeway University,,,,,,,',
  '14/08/2025,INV-0027,Ridgeway University,13/09/2025,P/O 9711,"6,187.50",0.00,"6,187.50"',
  '02/09/2025,INV-0031,Ridgeway University,02/10/2025,,"1,000.00",250.00,750.00',
  'Total Ridgeway University,,,,,"7,187.50",250.00,"6,937.50"',
  'Marine Systems,,,,,,,',
  '05/09/2025,INV-0033,Marine Systems,05/10/2025,RPT445-1,396.00,0.00,396.00',
  'Total Marine Systems,,,,,396.00,0.00,396.00',
  'Total,,,,,"7,583.50",250.00,"7,333.50"',
]);

/** A Salesforce report exported as CSV: every field quoted, currency-prefixed amounts, the standard footer. */
const salesforce = crlf([
  '"Account Name","Account ID","Account Owner","Invoice Number","Invoice Date","Due Date","Amount Currency","Amount","Open Amount","Billing Contact","Email"',
  '"Edge Communications","001xx000003DGb2AAG","Rose Gonzalez","SF-1001","8/1/2025","8/31/2025","USD","USD 12,000.00","USD 12,000.00","Sean Forbes","sean@edgecomm.com"',
  '"Edge Communications","001xx000003DGb2AAG","Rose Gonzalez","SF-1002","9/1/2025","10/1/2025","USD","USD 4,500.00","USD 1,500.00","Sean Forbes","sean@edgecomm.com"',
  '"Burlington Textiles Corp of America","001xx000003DGb3AAG","Tim Barr","SF-1003","9/10/2025","10/10/2025","EUR","EUR 2,000.00","EUR 2,000.00","Jack Rogers","jrogers@btca.com"',
  '""',
  '"Grand Totals (3 records)","","","","","","","","","",""',
  '""',
  '"Confidential Information - Do Not Distribute"',
  '"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved."',
]);

/** A hand-made Chinese Excel sheet saved as "CSV UTF-8": ¥ amounts, 年月日 dates, full-width brackets, 合计. */
const excelCn = crlf([
  '客户,发票号码,开票日期,到期日,金额,余额,负责人,备注',
  '深圳南山科技有限公司,FP-2025-001,2025年8月1日,2025年8月31日,"¥1,234.50","¥1,234.50",周杰,',
  '深圳南山科技有限公司,FP-2025-002,2025年8月15日,2025年9月14日,"¥20,000.00",¥0.00,周杰,已付清',
  '成都高新软件有限公司,FP-2025-003,2025年9月1日,2025年10月1日,"（¥5,000.00）","（¥5,000.00）",吴敏,退款',
  '合计,,,,"¥16,234.50","¥-3,765.50",,',
]);

/** A European Excel CSV: semicolons, day.month.year, decimal commas, a trailing € sign. */
const excelEu = crlf([
  'Customer;Invoice No.;Invoice Date;Due Date;Currency;Amount;Balance Due',
  'Müller AG;R-2025-17;01.08.2025;31.08.2025;EUR;1.234,50;1.234,50',
  'Müller AG;R-2025-18;15.08.2025;14.09.2025;EUR;"2.000,00";500,00',
  'Dupont SARL;F-889;05.09.2025;05.10.2025;EUR;750,00 €;750,00 €',
]);

/** Excel "Unicode text": UTF-16 with BOM, tab-separated. */
const unicodeText = crlf([
  '客户编码\t客户名称\t单据编号\t单据日期\t到期日期\t币种\t金额\t未核销金额',
  'K-01\t苏州园区制造有限公司\tAR-901\t2025-09-01\t2025-09-30\tCNY\t45678.90\t45678.90',
  'K-02\t无锡新区物流有限公司\tAR-902\t2025-09-03\t2025-10-03\tCNY\t1000\t0',
]);

/** 金蝶云星空 export as a workbook: a customer sheet, and a ledger sheet with a merged title and two-level merged header. */
const kingdeeXlsx = () =>
  buildXlsx([
    {
      name: '应收明细',
      rows: [
        ['2025年9月应收款明细表', null, null, null, null, null, null, null],
        ['客户', null, '单据编号', '日期', null, '币别', '金额', null],
        ['编码', '名称', null, '单据日期', '到期日期', null, '价税合计', '未核销金额'],
        ['01.001', '上海华东机电有限公司', 'XSFP000301', { date: '2025-08-01' }, { date: '2025-08-31' }, '人民币', 10000.5, 10000.5],
        ['01.001', '上海华东机电有限公司', 'XSFP000302', { date: '2025-09-01' }, '2025/9/30', '人民币', 2500, 1200.25],
        ['01.004', '苏州工业园区精工有限公司', 'XSFP000303', 45900, { date: '2025-09-30' }, '人民币', 888.88, 888.88],
        [],
        ['合计', null, null, null, null, null, 13389.38, 12089.63],
      ],
      merges: ['A1:H1', 'A2:B2', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:H2'],
    },
    {
      name: '客户',
      rows: [
        ['客户编码', '客户名称', '信用额度', '客户等级', '联系人', '邮箱'],
        ['01.001', '上海华东机电有限公司', 200000, 'A', '赵敏', 'zhaomin@hd-jidian.com.cn'],
        ['01.003', '南京江北新材料有限公司', 50000, 'C', '钱进', 'qianjin@jb-xcl.cn'],
      ],
    },
  ]);

export function ledgerFixtures(): Record<string, Uint8Array> {
  return {
    'kingdee-k3-gbk.csv': encodeGbk(kingdee),
    'yonyou-u8.csv': utf8Bom(yonyou),
    'zoho-books-invoices.csv': utf8(zoho),
    'quickbooks-ar-aging-detail.csv': utf8(quickbooks),
    'xero-aged-receivables-detail.csv': utf8(xero),
    'salesforce-report.csv': utf8(salesforce),
    'excel-cn.csv': utf8Bom(excelCn),
    'excel-eu-semicolon.csv': utf8(excelEu),
    'excel-unicode-le.txt': utf16(unicodeText, 'le'),
    'excel-unicode-be.txt': utf16(unicodeText, 'be'),
    'kingdee-cloud-merged-header.xlsx': kingdeeXlsx(),
  };
}
