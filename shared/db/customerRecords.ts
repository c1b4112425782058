import type { AuditEntry } from '../audit';
import type { Contact, Invoice } from '../ledger';
import type { PromiseToPay } from '../promises';
import type { ArLensDb, CustomerRow, DisputeRow, RiskOverrideRow } from './schema';

/** Everything stored about one customer, as the full view needs it. */
export interface CustomerRecords {
  customer: CustomerRow;
  invoices: Invoice[];
  contacts: Contact[];
  promises: PromiseToPay[];
  disputes: DisputeRow[];
  riskOverride?: RiskOverrideRow;
  /** The latest reminders first. */
  history: AuditEntry[];
}

/**
 * Reads one customer's records with index lookups only (primary key and `customerId` indexes), in one
 * read transaction so the parts agree with each other.
 */
export async function loadCustomerRecords(db: ArLensDb, customerId: string, historyLimit = 50): Promise<CustomerRecords | undefined> {
  return db.transaction('r', [db.customers, db.invoices, db.contacts, db.promises, db.disputes, db.riskOverrides, db.audit], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) return undefined;
    const [invoices, contacts, promises, disputes, riskOverride, history] = await Promise.all([
      db.invoices.where('customerId').equals(customerId).toArray(),
      db.contacts.where('customerId').equals(customerId).toArray(),
      db.promises.where('customerId').equals(customerId).toArray(),
      db.disputes.where('customerId').equals(customerId).toArray(),
      db.riskOverrides.get(customerId),
      db.audit.where('customerId').equals(customerId).reverse().limit(historyLimit).toArray(),
    ]);
    return { customer, invoices, contacts, promises, disputes, riskOverride, history };
  });
}
