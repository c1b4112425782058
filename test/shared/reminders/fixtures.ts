import { addDays } from 'shared/dates';
import type { CustomerRecords, CustomerRow } from 'shared/db';
import type { Invoice } from 'shared/ledger';
import type { PromiseToPay } from 'shared/promises';
import { EMPTY_PROFILE, type ReminderProfile } from 'shared/reminders';
import { customerFullView, type CustomerFullView } from 'shared/view';

export const AS_OF = '2026-03-16';

export function invoice(id: string, daysOverdue: number, open = 100_000, extra: Partial<Invoice> = {}): Invoice {
  const dueDate = addDays(AS_OF, -daysOverdue);
  return {
    id,
    customerId: 'C1',
    number: `INV-${id}`,
    kind: 'invoice',
    issueDate: addDays(dueDate, -30),
    dueDate,
    currency: 'CNY',
    amount: open,
    openAmount: open,
    ...extra,
  };
}

export const CUSTOMER: CustomerRow = {
  id: 'C1',
  code: 'C1',
  name: '北京星河科技有限公司',
  tier: 'B',
  emailDomains: ['xinghe-tech.com.cn'],
  nameKey: '北京星河科技',
  nameKeys: ['北京星河科技'],
};

export function view(invoices: Invoice[], more: Partial<CustomerRecords> = {}): CustomerFullView {
  return customerFullView(
    {
      customer: CUSTOMER,
      invoices,
      contacts: [{ id: 'k1', customerId: 'C1', name: '王丽', email: 'wang.li@xinghe-tech.com.cn', phone: '13800000000' }],
      promises: [],
      disputes: [],
      history: [],
      ...more,
    },
    AS_OF,
  );
}

export function promise(id: string, invoiceIds: string[], date: string, openAtCreation = 100_000): PromiseToPay {
  return {
    id,
    customerId: 'C1',
    invoiceIds,
    date,
    amount: { amount: 100_000, currency: 'CNY' },
    createdAt: Date.UTC(2026, 2, 1),
    createdBy: 'u',
    openAtCreation,
  };
}

export const PROFILE: ReminderProfile = {
  ...EMPTY_PROFILE,
  company: '杭州云帆科技有限公司',
  bankName: '招商银行杭州分行',
  bankAccount: '571900000000001',
  paymentReference: '发票号',
  contactName: '财务部',
  contactPhone: '0571-5555-0100',
  contactEmail: 'ar@yunfan-tech.cn',
  disputeInstructions: '请回复本邮件或致电0571-5555-0100，告知有异议的发票号、金额及理由，我们将在3个工作日内书面答复。',
  optOutLine: '如不希望再收到此类提醒，请回复“退订”。',
  userName: '陈静',
  userRole: 'finance',
};
