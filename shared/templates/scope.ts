import { daysBetween, isIsoDate } from '../dates';
import { isCurrencyCode, type Money } from '../money';
import { cleanText, escapeHtml, formatAmount, formatDate, joinList } from './formatting';
import type { ReminderVariables, TemplateError, TemplateInvoice, TemplateLocale } from './types';

/** A value rendered differently per output: plain text, HTML, and a compact form for SMS. */
export class RenderedBlock {
  constructor(
    readonly text: string,
    readonly html: string,
    readonly short: string,
  ) {}
}

export type ScopeValue = string | boolean | RenderedBlock | ScopeValue[] | ScopeObject;
export interface ScopeObject {
  [key: string]: ScopeValue | undefined;
}

const LABELS = {
  zh_CN: {
    number: '发票号',
    issueDate: '开票日期',
    dueDate: '到期日',
    amount: '发票金额',
    open: '未付金额',
    status: '状态',
    overdue: (d: number) => `已逾期${d}天`,
    dueIn: (d: number) => `${d}天后到期`,
    dueToday: '今日到期',
    paid: '已结清',
    disputed: '核对中',
    total: '未付合计',
    sep: '；',
  },
  en: {
    number: 'Invoice',
    issueDate: 'Issued',
    dueDate: 'Due',
    amount: 'Amount',
    open: 'Open',
    status: 'Status',
    overdue: (d: number) => `${d} day${d === 1 ? '' : 's'} overdue`,
    dueIn: (d: number) => `due in ${d} day${d === 1 ? '' : 's'}`,
    dueToday: 'due today',
    paid: 'paid',
    disputed: 'under review',
    total: 'Total open',
    sep: '; ',
  },
} as const;

function present(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = cleanText(text).trim();
  return clean === '' ? undefined : clean;
}

function validate(vars: ReminderVariables): TemplateError[] {
  const bad: string[] = [];
  const money = (m: Money | undefined, path: string) => {
    if (m && (!Number.isSafeInteger(m.amount) || !isCurrencyCode(m.currency))) bad.push(path);
  };
  const date = (d: string | undefined, path: string) => {
    if (d !== undefined && !isIsoDate(d)) bad.push(path);
  };
  date(vars.asOf, 'asOf');
  vars.invoices.forEach((inv, i) => {
    date(inv.issueDate, `invoices.${i}.issueDate`);
    date(inv.dueDate, `invoices.${i}.dueDate`);
    if (!Number.isSafeInteger(inv.amount) || !Number.isSafeInteger(inv.openAmount)) bad.push(`invoices.${i}.amount`);
    if (!isCurrencyCode(inv.currency)) bad.push(`invoices.${i}.currency`);
  });
  date(vars.promise?.date, 'promise.date');
  money(vars.promise?.amount, 'promise.amount');
  date(vars.payment?.date, 'payment.date');
  money(vars.payment?.amount, 'payment.amount');
  date(vars.period?.from, 'period.from');
  date(vars.period?.to, 'period.to');
  return bad.map((variable) => ({
    code: 'invalid-variables',
    variable,
    message: {
      en: `The value of "${variable}" is not valid (a date must be yyyy-MM-dd, an amount whole minor units).`,
      zh_CN: `变量“${variable}”的值无效（日期须为 yyyy-MM-dd，金额须为整数最小货币单位）。`,
    },
  }));
}

function statusOf(inv: TemplateInvoice, asOf: string, locale: TemplateLocale): string {
  const l = LABELS[locale];
  if (inv.disputed) return l.disputed;
  if (inv.openAmount === 0) return l.paid;
  const days = daysBetween(inv.dueDate, asOf);
  if (days > 0) return l.overdue(days);
  if (days === 0) return l.dueToday;
  return l.dueIn(-days);
}

function totalsOf(invoices: readonly TemplateInvoice[]): Money[] {
  const sums = new Map<string, number>();
  for (const inv of invoices) sums.set(inv.currency, (sums.get(inv.currency) ?? 0) + inv.openAmount);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

function invoiceTable(invoices: readonly TemplateInvoice[], asOf: string, locale: TemplateLocale): RenderedBlock {
  const l = LABELS[locale];
  const rows = invoices.map((inv) => ({
    number: cleanText(inv.number).replace(/\n/g, ' '),
    issueDate: formatDate(inv.issueDate, locale),
    dueDate: formatDate(inv.dueDate, locale),
    amount: formatAmount({ amount: inv.amount, currency: inv.currency }, locale),
    open: formatAmount({ amount: inv.openAmount, currency: inv.currency }, locale),
    status: statusOf(inv, asOf, locale),
  }));
  const text = rows
    .map((r, i) =>
      locale === 'zh_CN'
        ? `${i + 1}. ${l.number} ${r.number}，${l.issueDate} ${r.issueDate}，${l.dueDate} ${r.dueDate}，${l.open} ${r.open}（${r.status}）`
        : `${i + 1}. ${l.number} ${r.number}, issued ${r.issueDate}, due ${r.dueDate}: ${r.open} open (${r.status})`,
    )
    .join('\n');
  const cell = (s: string, right = false) =>
    `<td style="border:1px solid #ccc;padding:4px 8px${right ? ';text-align:right' : ''}">${escapeHtml(s)}</td>`;
  const head = [l.number, l.issueDate, l.dueDate, l.amount, l.open, l.status]
    .map((h) => `<th style="border:1px solid #ccc;padding:4px 8px;background:#f5f5f5;text-align:left">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${cell(r.number)}${cell(r.issueDate)}${cell(r.dueDate)}${cell(r.amount, true)}${cell(r.open, true)}${cell(r.status)}</tr>`,
    )
    .join('');
  const totals = totalsOf(invoices)
    .map(
      (m) =>
        `<tr><td colspan="4" style="border:1px solid #ccc;padding:4px 8px;text-align:right"><strong>${escapeHtml(l.total)} (${escapeHtml(m.currency)})</strong></td>${cell(formatAmount(m, locale), true)}<td style="border:1px solid #ccc"></td></tr>`,
    )
    .join('');
  const html = `<table style="border-collapse:collapse;font-size:13px"><thead><tr>${head}</tr></thead><tbody>${body}${totals}</tbody></table>`;
  const short = rows.map((r) => `${r.number} ${r.open}`).join(l.sep);
  return new RenderedBlock(text, html, short);
}

export type ScopeResult = { ok: true; scope: ScopeObject } | { ok: false; errors: TemplateError[] };

/** Turns typed variables into the string tree templates read, formatting money and dates for the locale. */
export function buildScope(vars: ReminderVariables, locale: TemplateLocale): ScopeResult {
  const errors = validate(vars);
  if (errors.length > 0) return { ok: false, errors };
  const date = (d: string) => formatDate(d, locale);
  const amount = (m: Money) => formatAmount(m, locale);
  const open = vars.invoices.filter((inv) => inv.openAmount !== 0);
  const totals = totalsOf(open);
  const overdueDays = open.map((inv) => daysBetween(inv.dueDate, vars.asOf));
  const maxOverdue = overdueDays.length > 0 ? Math.max(...overdueDays) : 0;
  const earliestDue = open.map((inv) => inv.dueDate).sort()[0];
  const creditor = vars.creditor;
  const contactParts = creditor
    ? [present(creditor.contactName), present(creditor.phone), present(creditor.email)].filter(
        (p): p is string => p !== undefined,
      )
    : [];

  const scope: ScopeObject = {
    asOf: date(vars.asOf),
    customer: { name: present(vars.customer.name), code: present(vars.customer.code) },
    tier: vars.customer.tier,
    warm: vars.customer.tier === 'A',
    contact: vars.contact && { name: present(vars.contact.name), title: present(vars.contact.title) },
    sender: vars.sender && {
      name: present(vars.sender.name),
      title: present(vars.sender.title),
      phone: present(vars.sender.phone),
      email: present(vars.sender.email),
    },
    creditor: creditor && {
      company: present(creditor.company),
      contactName: present(creditor.contactName),
      phone: present(creditor.phone),
      email: present(creditor.email),
      address: present(creditor.address),
      contactLine: contactParts.length > 0 ? contactParts.join(locale === 'zh_CN' ? '，' : ', ') : undefined,
    },
    invoices: vars.invoices.map((inv) => {
      const days = daysBetween(inv.dueDate, vars.asOf);
      return {
        number: present(inv.number),
        issueDate: date(inv.issueDate),
        dueDate: date(inv.dueDate),
        amount: amount({ amount: inv.amount, currency: inv.currency }),
        open: amount({ amount: inv.openAmount, currency: inv.currency }),
        currency: inv.currency,
        overdue: days > 0 && inv.openAmount !== 0,
        daysOverdue: days > 0 ? String(days) : undefined,
        disputed: inv.disputed === true,
      };
    }),
    invoiceCount: String(open.length),
    invoiceNumbers:
      vars.invoices.length > 0 ? joinList(vars.invoices.map((inv) => cleanText(inv.number).trim()), locale) : undefined,
    invoiceRef:
      vars.invoices.length > 0
        ? `${locale === 'zh_CN' ? '发票' : vars.invoices.length === 1 ? 'invoice ' : 'invoices '}${joinList(
            vars.invoices.map((inv) => cleanText(inv.number).trim()),
            locale,
          )}`
        : undefined,
    invoiceTable: vars.invoices.length > 0 ? invoiceTable(vars.invoices, vars.asOf, locale) : undefined,
    totals: totals.map((m) => ({ amount: amount(m), currency: m.currency })),
    total: totals.length > 0 ? joinList(totals.map(amount), locale) : undefined,
    dueDate: earliestDue ? date(earliestDue) : undefined,
    daysOverdue: maxOverdue > 0 ? String(maxOverdue) : undefined,
    daysUntilDue: open.length > 0 && maxOverdue < 0 ? String(-maxOverdue) : undefined,
    paymentInstructions: present(vars.paymentInstructions),
    disputeInstructions: present(vars.disputeInstructions),
    optOut: present(vars.optOut),
    promise: vars.promise && {
      date: date(vars.promise.date),
      amount: vars.promise.amount && amount(vars.promise.amount),
    },
    payment: vars.payment && { date: date(vars.payment.date), amount: amount(vars.payment.amount) },
    period: vars.period && { from: date(vars.period.from), to: date(vars.period.to) },
  };
  return { ok: true, scope };
}
