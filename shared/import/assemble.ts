import type { Contact, Customer, Invoice } from '../ledger';
import { crmLinkKey } from '../ledger';
import { issueMessage } from './messages';
import type { CustomerFacts, ValidRow } from './row';
import type { ImportIssue, ImportedCrmLink, ParseStats } from './types';

type ComparableField = 'name' | 'tier' | 'owner' | 'uscc' | 'timeZone';
const FIELD_NAMES: Record<ComparableField, string> = {
  name: 'customer_name',
  tier: 'tier',
  owner: 'owner',
  uscc: 'uscc',
  timeZone: 'time_zone',
};

/**
 * Collects validated rows into customers, contacts, invoices and CRM links. Rows arrive whole: a row is
 * checked for a duplicate invoice before anything of it is kept, so an error never leaves half a row behind.
 */
export class LedgerAssembler {
  private readonly customers = new Map<string, Customer>();
  /** Customers whose name so far is only their code. */
  private readonly provisionalNames = new Set<string>();
  private readonly invoices = new Map<string, Invoice>();
  /** Row each invoice came from, for the duplicate message. */
  private readonly invoiceRows = new Map<string, number>();
  private readonly contacts = new Map<string, Contact>();
  private readonly crmLinks = new Map<string, ImportedCrmLink>();

  /** Adds a row, or returns the error that keeps it out. */
  add(row: ValidRow, rowNumber: number, sheet: string | undefined, issues: ImportIssue[]): boolean {
    const customerId = row.customer.id;
    const inv = row.invoice;
    const invoiceKey = inv ? `${customerId}\u0000${inv.number}` : '';
    if (inv) {
      const first = this.invoiceRows.get(invoiceKey);
      if (first !== undefined) {
        issues.push({
          row: rowNumber,
          ...(sheet !== undefined ? { sheet } : {}),
          code: 'duplicate-invoice',
          message: issueMessage('duplicate-invoice', { number: inv.number, first }),
          severity: 'error',
        });
        return false;
      }
    }
    this.mergeCustomer(row.customer, rowNumber, sheet, issues);
    for (const c of row.contacts) {
      const key = `${customerId}\u0000${c.email ?? `name:${c.name}`}`;
      const existing = this.contacts.get(key);
      if (existing) {
        if (!existing.phone && c.phone) existing.phone = c.phone;
        continue;
      }
      const contact: Contact = { id: `${customerId}|${c.email ?? c.name}`, customerId, name: c.name };
      if (c.email) contact.email = c.email;
      if (c.phone) contact.phone = c.phone;
      this.contacts.set(key, contact);
    }
    for (const link of row.crmLinks) {
      const key = crmLinkKey(link.system, link.recordId);
      if (!this.crmLinks.has(key)) this.crmLinks.set(key, { ...link, customerId });
    }
    if (inv) {
      const invoice: Invoice = {
        id: `${customerId}|${inv.number}`,
        customerId,
        number: inv.number,
        kind: inv.kind,
        issueDate: inv.issueDate,
        dueDate: inv.dueDate,
        currency: inv.currency,
        amount: inv.amount,
        openAmount: inv.openAmount,
      };
      if (inv.paidDate) invoice.paidDate = inv.paidDate;
      if (inv.disputed !== undefined) invoice.disputed = inv.disputed;
      if (inv.note !== undefined) invoice.note = inv.note;
      this.invoices.set(invoiceKey, invoice);
      this.invoiceRows.set(invoiceKey, rowNumber);
    }
    return true;
  }

  private mergeCustomer(facts: CustomerFacts, rowNumber: number, sheet: string | undefined, issues: ImportIssue[]): void {
    const existing = this.customers.get(facts.id);
    if (!existing) {
      const customer: Customer = {
        id: facts.id,
        name: facts.name,
        tier: facts.tier ?? 'B',
        emailDomains: [...facts.emailDomains],
        ...(facts.code ? { code: facts.code } : {}),
        ...(facts.uscc ? { uscc: facts.uscc } : {}),
        ...(facts.creditLimit ? { creditLimit: facts.creditLimit } : {}),
        ...(facts.owner ? { owner: facts.owner } : {}),
        ...(facts.timeZone ? { timeZone: facts.timeZone } : {}),
      };
      this.customers.set(facts.id, customer);
      if (facts.nameIsCode) this.provisionalNames.add(facts.id);
      if (!facts.tier) this.provisionalNames.add(`tier:${facts.id}`);
      return;
    }
    if (!facts.nameIsCode && this.provisionalNames.delete(facts.id)) existing.name = facts.name;
    if (facts.tier && this.provisionalNames.delete(`tier:${facts.id}`)) existing.tier = facts.tier;
    const conflict = (field: ComparableField, kept: string) =>
      issues.push({
        row: rowNumber,
        ...(sheet !== undefined ? { sheet } : {}),
        code: 'customer-conflict',
        message: issueMessage('customer-conflict', { field: FIELD_NAMES[field], kept }),
        severity: 'warning',
      });
    if (!facts.nameIsCode && facts.name !== existing.name && existing.code) {
      // Same code, another spelling: keep the first and remember the other as an alias.
      existing.aliases = [...new Set([...(existing.aliases ?? []), facts.name])];
    }
    if (facts.tier && facts.tier !== existing.tier) conflict('tier', existing.tier);
    for (const field of ['owner', 'uscc', 'timeZone'] as const) {
      const value = facts[field];
      if (!value) continue;
      const current = existing[field];
      if (!current) existing[field] = value;
      else if (current !== value) conflict(field, current);
    }
    if (facts.creditLimit && !existing.creditLimit) existing.creditLimit = facts.creditLimit;
    for (const d of facts.emailDomains) if (!existing.emailDomains.includes(d)) existing.emailDomains.push(d);
  }

  result(): { customers: Customer[]; invoices: Invoice[]; contacts: Contact[]; crmLinks: ImportedCrmLink[] } {
    return {
      customers: [...this.customers.values()],
      invoices: [...this.invoices.values()],
      contacts: [...this.contacts.values()],
      crmLinks: [...this.crmLinks.values()],
    };
  }

  totals(): Pick<ParseStats, 'amountByCurrency' | 'openByCurrency' | 'customers' | 'invoices' | 'contacts'> {
    const amountByCurrency: Record<string, number> = {};
    const openByCurrency: Record<string, number> = {};
    for (const inv of this.invoices.values()) {
      amountByCurrency[inv.currency] = (amountByCurrency[inv.currency] ?? 0) + inv.amount;
      openByCurrency[inv.currency] = (openByCurrency[inv.currency] ?? 0) + inv.openAmount;
    }
    return {
      amountByCurrency,
      openByCurrency,
      customers: this.customers.size,
      invoices: this.invoices.size,
      contacts: this.contacts.size,
    };
  }
}
