import { evidencePackHtml } from 'shared/audit';
import { type ArLensDb, loadCustomerRecords } from 'shared/db';
import { listAuditEntries, verifyAuditLog } from 'shared/db/auditRepo';
import { loadProfile } from 'shared/db/settingsRepo';
import type { Locale } from '../../i18n';
import { todayIso } from '../../lib/today';

/**
 * The evidence pack of one customer as an HTML document, or null when the customer is unknown: the statement
 * as of today, every reminder recorded for the customer in chain order, and the verification of the WHOLE log.
 */
export async function loadEvidencePack(db: ArLensDb, customerId: string, locale: Locale, now: number): Promise<string | null> {
  if (customerId === '') return null;
  const records = await loadCustomerRecords(db, customerId);
  if (!records) return null;
  const [entries, verification, profile] = await Promise.all([
    listAuditEntries(db, { customerId }),
    verifyAuditLog(db),
    loadProfile(db),
  ]);
  const c = records.customer;
  return evidencePackHtml({
    customer: { id: c.id, name: c.name, ...(c.code ? { code: c.code } : {}), ...(c.uscc ? { uscc: c.uscc } : {}) },
    invoices: records.invoices
      .slice()
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
      .map((inv) => ({
        number: inv.number,
        issueDate: inv.issueDate,
        dueDate: inv.dueDate,
        currency: inv.currency,
        amount: inv.amount,
        openAmount: inv.openAmount,
        ...(inv.paidDate ? { paidDate: inv.paidDate } : {}),
        ...((inv.disputed || records.disputes.some((d) => d.invoiceId === inv.id && d.resolvedAt === undefined)) ? { disputed: true } : {}),
      })),
    statement: { asOf: todayIso(now), ...(profile.company ? { creditor: profile.company } : {}) },
    entries: entries.reverse(),
    verification,
    generatedAt: now,
    ...(profile.userName ? { generatedBy: profile.userName } : {}),
    locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}
