import type { AuditEntry } from '../audit';
import { daysOverdue } from '../aging';
import { type RiskAssessment, riskGrade } from '../credit';
import type { Calendar } from '../dates';
import type { DisputeRow, CustomerRecords } from '../db';
import { type CustomerDunning, type DunningPlan, customerDunning } from '../dunning';
import type { Contact, Invoice, IsoDate } from '../ledger';
import { type PauseReason, type PromiseState, type PromiseToPay, brokenPromiseCount, pausedInvoices, promiseState } from '../promises';
import { type CustomerView, customerView } from './customerView';

export interface OpenInvoiceView extends Invoice {
  daysOverdue: number;
  paused?: PauseReason;
}

/** The customer panel: the badge's figures plus risk, dunning, open items, promises, disputes and history. */
export interface CustomerFullView extends CustomerView {
  emailDomains: string[];
  timeZone?: string;
  risk: RiskAssessment;
  dunning: CustomerDunning;
  /** Open invoices, the most overdue first. */
  openInvoices: OpenInvoiceView[];
  promises: (PromiseToPay & { state: PromiseState })[];
  disputes: DisputeRow[];
  contacts: Contact[];
  history: AuditEntry[];
}

export interface FullViewOptions {
  calendar?: Calendar;
  plan?: DunningPlan;
  /** Days after a promise's date before it counts as broken. */
  graceDays?: number;
}

export function customerFullView(records: CustomerRecords, asOf: IsoDate, options: FullViewOptions = {}): CustomerFullView {
  const { customer, invoices, promises, disputes } = records;
  const graceDays = options.graceDays ?? 3;
  const paused = pausedInvoices(invoices, promises, disputes, asOf, graceDays);
  const openInvoices = invoices
    .filter((i) => i.openAmount !== 0)
    .map((i): OpenInvoiceView => ({ ...i, daysOverdue: daysOverdue(i.dueDate, asOf), paused: paused.get(i.id) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || b.openAmount - a.openAmount);
  return {
    ...customerView(customer, invoices, asOf),
    emailDomains: customer.emailDomains,
    timeZone: customer.timeZone,
    risk: riskGrade(invoices, asOf, { override: records.riskOverride }),
    dunning: customerDunning(invoices, customer.tier, asOf, {
      plan: options.plan,
      calendar: options.calendar,
      promises,
      disputes,
      graceDays,
      escalationLevel: brokenPromiseCount(promises, invoices, asOf, graceDays),
    }),
    openInvoices,
    promises: promises.map((p) => ({ ...p, state: promiseState(p, invoices, asOf, graceDays) })),
    disputes,
    contacts: records.contacts,
    history: records.history,
  };
}
