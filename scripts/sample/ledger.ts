import { addDays } from 'shared/dates';
import { usccCheckChar } from 'shared/match';
import { minorToDecimal } from 'shared/money';
import { companyName, personName } from './names';
import { intBetween, pick, seededRandom, type Rng } from './random';

/**
 * The deterministic sample ledger: the data of the demo, the e2e tests and the benchmarks. One CSV row per
 * invoice in the canonical AR Lens columns (shared/import/README.md), customer fields repeated; customers
 * without invoices get one row of their own. Due dates are spread around `asOf` so every aging bucket fills.
 */
export const SAMPLE_COLUMNS = [
  'customer_code', 'customer_name', 'uscc', 'tier', 'credit_limit', 'credit_currency', 'owner', 'email_domains',
  'time_zone', 'crm_ids', 'contact_name', 'contact_email', 'contact_phone', 'invoice_number', 'kind', 'issue_date',
  'due_date', 'currency', 'amount', 'open_amount', 'paid_date', 'disputed', 'note',
] as const;

export type SampleRow = Record<(typeof SAMPLE_COLUMNS)[number], string>;

export interface SampleOptions {
  seed?: number;
  customers?: number;
  /** Average invoices per customer. */
  invoicesPerCustomer?: number;
  asOf: string;
}

interface AnchorCustomer {
  code: string;
  name: string;
  crmIds: string;
  domain: string;
  contacts: [string, string][];
  tier: string;
  currency: string;
  /** Due-date offsets (days before asOf) and amounts in major units of the anchor's fixed invoices. */
  invoices: [number, number, number][];
}

/** Customers that the fixture pages of every site show (see test/fixtures/*). */
export const ANCHOR_CUSTOMERS: readonly AnchorCustomer[] = [
  {
    code: 'C0001', name: '北京星河科技有限公司', tier: 'A', currency: 'CNY', domain: 'xinghe-tech.com.cn',
    crmIds: 'salesforce:0015g00000XyZ1aAAF;zoho-crm:4876876000000123456;fxiaoke:5f1a2b3c4d5e6f7a8b9c0d1e',
    contacts: [['王丽', 'wang.li@xinghe-tech.com.cn'], ['陈晨', 'chen.chen@xinghe-tech.com.cn']],
    // [days overdue, amount, open amount]
    invoices: [[-10, 128_000, 128_000], [12, 56_800.5, 56_800.5], [45, 230_000, 100_000], [75, 18_000, 18_000], [400, 9_999, 0]],
  },
  {
    code: 'C0002', name: 'Harbor Logistics (Shanghai) Co., Ltd.', tier: 'B', currency: 'USD', domain: 'harborlog.com',
    crmIds: 'salesforce:0015g00000AbC2bAAF', contacts: [['Emily Chen', 'emily.chen@harborlog.com']],
    invoices: [[3, 12_500, 12_500], [120, 48_200.75, 48_200.75], [-20, 7_300, 7_300]],
  },
  {
    code: 'C0003', name: '深圳蓝海电子股份有限公司', tier: 'C', currency: 'CNY', domain: 'lanhai-e.com', crmIds: '',
    contacts: [['李强', 'li.qiang@lanhai-e.com']],
    invoices: [[-5, 66_000, 66_000], [0, 15_000, 15_000]],
  },
  {
    code: 'C0004', name: 'Müller Maschinenbau GmbH', tier: 'B', currency: 'EUR', domain: 'mueller-mb.de', crmIds: '',
    contacts: [['Anna Müller', 'anna.mueller@mueller-mb.de']],
    invoices: [[33, 8_450.2, 8_450.2], [62, 21_000, 21_000]],
  },
  {
    code: 'C0005', name: '杭州云帆贸易有限公司', tier: 'D', currency: 'CNY', domain: 'yunfan-trade.cn',
    crmIds: 'zoho-crm:4876876000000777001;fxiaoke:64b7c8d9e0f1a2b3c4d5e6f7', contacts: [['张伟', 'zhang.wei@yunfan-trade.cn']],
    invoices: [[95, 310_000, 310_000], [18, 42_000, 42_000]],
  },
];

const OWNERS = ['张敏', '李娜', 'Tom Baker', '刘洋', 'Sofia Weber', '陈杰'];
const ZONES: Record<string, string> = { cn: 'Asia/Shanghai', en: 'America/New_York', de: 'Europe/Berlin' };

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const REGIONS = ['110105', '310115', '440305', '330106', '320505', '510107', '420106', '120116'];

/** A well-formed unified social credit code: 91 (enterprise), region, organisation code, check character. */
function uscc(rng: Rng): string {
  let body = `91${pick(rng, REGIONS)}`;
  for (let i = 0; i < 9; i++) body += USCC_ALPHABET[Math.floor(rng() * 31)];
  return body + usccCheckChar(body)!;
}

function emptyRow(): SampleRow {
  return Object.fromEntries(SAMPLE_COLUMNS.map((c) => [c, ''])) as SampleRow;
}

function amountMinor(rng: Rng, currency: string): number {
  // Log-uniform amounts: many small invoices, a few large ones.
  const major = Math.exp(Math.log(800) + rng() * (Math.log(currency === 'CNY' ? 600_000 : 90_000) - Math.log(800)));
  return Math.round(major * 100);
}

function dec(minor: number, currency: string): string {
  return minorToDecimal(minor, currency);
}

export function generateSampleLedger(options: SampleOptions): SampleRow[] {
  const rng = seededRandom(options.seed ?? 20_261_122);
  const customerCount = options.customers ?? 2000;
  const perCustomer = options.invoicesPerCustomer ?? 10;
  const rows: SampleRow[] = [];
  const used = new Set<string>();

  for (const a of ANCHOR_CUSTOMERS) {
    used.add(a.name);
    a.invoices.forEach(([overdue, amount, open], i) => {
      const r = emptyRow();
      Object.assign(r, {
        customer_code: a.code, customer_name: a.name, tier: a.tier, credit_currency: a.currency,
        credit_limit: a.code === 'C0001' ? '600000.00' : '100000.00', owner: OWNERS[0]!, email_domains: a.domain,
        time_zone: a.currency === 'CNY' ? 'Asia/Shanghai' : a.currency === 'EUR' ? 'Europe/Berlin' : 'Asia/Shanghai',
        crm_ids: a.crmIds, contact_name: a.contacts[i % a.contacts.length]![0], contact_email: a.contacts[i % a.contacts.length]![1],
        invoice_number: `${a.code}-INV-${String(i + 1).padStart(3, '0')}`, kind: 'invoice',
        due_date: addDays(options.asOf, -overdue), issue_date: addDays(options.asOf, -overdue - 30), currency: a.currency,
        amount: amount.toFixed(2), open_amount: open.toFixed(2), paid_date: open === 0 ? addDays(options.asOf, -overdue + 3) : '',
        disputed: 'no',
      });
      rows.push(r);
    });
  }

  for (let c = ANCHOR_CUSTOMERS.length; c < customerCount; c++) {
    const styleRoll = rng();
    const style = styleRoll < 0.7 ? 'cn' : styleRoll < 0.9 ? 'en' : 'de';
    let generated = companyName(rng, style);
    for (let k = 2; used.has(generated.name); k++) {
      generated = { ...generated, name: style === 'cn' ? generated.name.replace(/(有限公司|股份有限公司|集团有限公司)$/, `第${k}分$1`) : `${generated.name} ${k}` };
    }
    used.add(generated.name);
    const code = `C${String(c + 1).padStart(4, '0')}`;
    const currency = style === 'cn' ? (rng() < 0.9 ? 'CNY' : 'USD') : style === 'de' ? 'EUR' : 'USD';
    const tier = pick(rng, ['A', 'B', 'B', 'B', 'C', 'C', 'D']);
    const domain = `${code.toLowerCase()}.${generated.domain}`;
    const contacts = Array.from({ length: intBetween(rng, 1, 3) }, () => {
      const p = personName(rng, style);
      return { name: p.name, email: `${p.local}@${domain}`, phone: style === 'cn' ? `1${intBetween(rng, 30, 99)}${String(intBetween(rng, 0, 99_999_999)).padStart(8, '0')}` : '' };
    });
    const base = {
      customer_code: code, customer_name: generated.name, uscc: style === 'cn' && rng() < 0.6 ? uscc(rng) : '',
      tier, owner: pick(rng, OWNERS), email_domains: domain,
      credit_limit: dec(Math.round(intBetween(rng, 5, 200) * 10_000 * 100), currency), credit_currency: currency,
      time_zone: ZONES[style]!, crm_ids: rng() < 0.2 ? `salesforce:0015g${String(c).padStart(8, '0')}AAAQ` : '',
    };
    const invoiceCount = Math.max(0, Math.round(perCustomer * (0.2 + rng() * 1.6)));
    if (invoiceCount === 0) {
      rows.push({ ...emptyRow(), ...base, contact_name: contacts[0]!.name, contact_email: contacts[0]!.email });
      continue;
    }
    for (let i = 0; i < invoiceCount; i++) {
      const contact = contacts[i % contacts.length]!;
      const invCurrency = rng() < 0.08 ? pick(rng, ['CNY', 'USD', 'EUR']) : currency;
      const overdue = Math.round(-45 + rng() ** 1.6 * 260);
      const kindRoll = rng();
      const isCredit = kindRoll < 0.02;
      let amount = amountMinor(rng, invCurrency);
      let open = amount;
      let paidDate = '';
      const payRoll = rng();
      if (isCredit) {
        amount = -Math.round(amount / 10);
        open = amount;
      } else if (payRoll < 0.3 && overdue > -20) {
        open = 0;
        paidDate = addDays(options.asOf, Math.min(0, -overdue + intBetween(rng, -10, 40)));
      } else if (payRoll < 0.5) {
        open = Math.round(amount * (0.2 + rng() * 0.6));
      }
      rows.push({
        ...emptyRow(), ...base, contact_name: contact.name, contact_email: contact.email, contact_phone: contact.phone,
        invoice_number: `${isCredit ? 'CN' : 'INV'}-${code}-${String(i + 1).padStart(4, '0')}`, kind: isCredit ? 'credit-note' : 'invoice',
        issue_date: addDays(options.asOf, -overdue - pick(rng, [30, 45, 60, 90])), due_date: addDays(options.asOf, -overdue),
        currency: invCurrency, amount: dec(amount, invCurrency), open_amount: dec(open, invCurrency), paid_date: paidDate,
        disputed: !isCredit && open !== 0 && rng() < 0.03 ? 'yes' : 'no',
      });
    }
  }
  return rows;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function sampleLedgerCsv(options: SampleOptions): string {
  const rows = generateSampleLedger(options);
  const lines = [SAMPLE_COLUMNS.join(',')];
  for (const r of rows) lines.push(SAMPLE_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
