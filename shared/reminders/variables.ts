import type { Contact } from '../ledger';
import type { ReminderVariables, TemplateLocale, TemplateStage } from '../templates';
import type { CustomerFullView } from '../view';
import { paymentInstructions, type ReminderProfile } from './profile';
import { invoicesForStage, promiseFor } from './stage';

const present = (s: string) => (s.trim() === '' ? undefined : s.trim());

const ROLE_TITLE = {
  sales: { en: 'Account Manager', zh_CN: '客户经理' },
  finance: { en: 'Credit Controller', zh_CN: '应收会计' },
  legal: { en: 'Legal Counsel', zh_CN: '法务专员' },
} as const;

/**
 * Everything a template may say about this customer at this stage, from the full view and the creditor
 * profile. Blank profile fields stay absent, so a template that needs one fails naming the variable.
 */
export function reminderVariables(
  view: CustomerFullView,
  profile: ReminderProfile,
  options: { stage: TemplateStage; locale: TemplateLocale; contact?: Pick<Contact, 'name' | 'role'> },
): ReminderVariables {
  const { stage, locale } = options;
  const contact = options.contact ?? view.contacts[0];
  const promise = promiseFor(view, stage);
  return {
    asOf: view.asOf,
    customer: { name: view.customer.name, code: view.customer.code, tier: view.customer.tier },
    contact: contact ? { name: contact.name, title: contact.role } : undefined,
    sender: {
      name: profile.userName,
      title: ROLE_TITLE[profile.userRole][locale],
      phone: present(profile.contactPhone),
      email: present(profile.contactEmail),
    },
    creditor: {
      company: profile.company,
      contactName: present(profile.contactName),
      phone: present(profile.contactPhone),
      email: present(profile.contactEmail),
    },
    invoices: invoicesForStage(view, stage).map((inv) => ({
      number: inv.number,
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      currency: inv.currency,
      amount: inv.amount,
      openAmount: inv.openAmount,
      disputed: inv.disputed,
    })),
    paymentInstructions: paymentInstructions(profile, locale),
    disputeInstructions: present(profile.disputeInstructions),
    optOut: present(profile.optOutLine),
    promise: promise ? { date: promise.date, amount: promise.amount } : undefined,
    period: stage === 'statement' ? statementPeriod(view) : undefined,
  };
}

/** From the oldest open item's issue date to today. */
function statementPeriod(view: CustomerFullView): { from: string; to: string } {
  const dates = [...view.openInvoices.map((i) => i.issueDate), view.asOf].sort();
  return { from: dates[0] ?? view.asOf, to: view.asOf };
}
