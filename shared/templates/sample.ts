import { addDays } from '../dates';
import type { ReminderVariables, TemplateInvoice, TemplateLocale, TemplateStage } from './types';

const AS_OF = '2026-03-16';

/** Days past due of the sample invoices per stage (negative: not yet due). */
const SAMPLE_DAYS: Record<TemplateStage, number[]> = {
  'pre-due-7': [-7],
  'pre-due-1': [-1],
  'due-day': [0],
  gentle: [10],
  firm: [30, 12],
  'formal-demand': [60, 30],
  'promise-confirmation': [20],
  'broken-promise': [35],
  statement: [40, 10, -5],
  thanks: [25],
};

function sampleInvoice(daysPastDue: number, i: number): TemplateInvoice {
  const dueDate = addDays(AS_OF, -daysPastDue);
  const amount = [1_200_000, 500_000, 98_050][i] ?? 100_000;
  return {
    number: `INV-2026-${String(101 + i * 57).padStart(4, '0')}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    currency: i === 2 ? 'USD' : 'CNY',
    amount,
    openAmount: i === 1 ? 300_000 : amount,
  };
}

/**
 * Realistic sample data with every variable filled, for the template preview and the library tests, as of
 * 2026-03-16. With a stage, the invoices are due or overdue as that stage expects (gentle: 10 days past due).
 */
export function sampleVariables(locale: TemplateLocale, stage: TemplateStage = 'statement'): ReminderVariables {
  const zh = locale === 'zh_CN';
  return {
    asOf: AS_OF,
    customer: { name: zh ? '上海星辰贸易有限公司' : 'Northwind Traders Ltd', code: 'C-1024', tier: 'B' },
    contact: { name: zh ? '王经理' : 'Ms Lee', title: zh ? '财务经理' : 'Finance Manager' },
    sender: {
      name: zh ? '陈静' : 'Jane Chen',
      title: zh ? '应收会计' : 'Credit Controller',
      phone: '021-5555-0100',
      email: 'ar@example.com',
    },
    creditor: {
      company: zh ? '杭州云帆科技有限公司' : 'Cloudsail Technology Co., Ltd.',
      contactName: zh ? '财务部' : 'Accounts Receivable',
      phone: '021-5555-0100',
      email: 'ar@example.com',
      address: zh ? '杭州市西湖区文三路100号' : '100 Wensan Road, Hangzhou, China',
    },
    invoices: SAMPLE_DAYS[stage].map(sampleInvoice),
    paymentInstructions: zh
      ? '开户行：招商银行杭州分行；户名：杭州云帆科技有限公司；账号：571900000000001。付款时请在备注中注明发票号。'
      : 'Bank: China Merchants Bank, Hangzhou Branch; account name: Cloudsail Technology Co., Ltd.; account no. 571900000000001; SWIFT CMBCCNBS. Please quote the invoice numbers with your payment.',
    disputeInstructions: zh
      ? '请回复本邮件或致电021-5555-0100，告知有异议的发票号、金额及理由，我们将在3个工作日内核实并书面答复。'
      : 'Reply to this e-mail or call 021-5555-0100 with the invoice number, the amount and the reason; we will check and answer in writing within 3 business days.',
    optOut: zh ? '如不希望再收到此类提醒，请回复“退订”。' : 'To stop these reminders, reply STOP.',
    promise: { date: stage === 'broken-promise' ? '2026-03-13' : '2026-03-20', amount: { amount: 1_200_000, currency: 'CNY' } },
    payment: { date: '2026-03-15', amount: { amount: 1_200_000, currency: 'CNY' } },
    period: { from: '2026-01-01', to: '2026-03-16' },
  };
}
