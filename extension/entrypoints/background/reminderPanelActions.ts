import type { DisputeRow } from 'shared/db';
import { loadProfile } from 'shared/db/settingsRepo';
import { type PromiseToPay, openAtPromise } from 'shared/promises';
import { todayIso } from '../../lib/today';
import type { Request, ResponseMap } from '../../messaging';
import type { ReminderServices } from './reminderContext';

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** The panel's promise and dispute actions. Each checks that what it names belongs to the customer. */
type PanelActionType = 'recordPromise' | 'openDispute' | 'resolveDispute';

export const reminderPanelActions: { [K in PanelActionType]: (s: ReminderServices, r: Extract<Request, { type: K }>) => Promise<ResponseMap[K]> } = {
  recordPromise: async (s, r) => {
    const invoices = await s.db.invoices.where('customerId').equals(r.customerId).toArray();
    const own = new Set(invoices.filter((i) => i.openAmount > 0).map((i) => i.id));
    if (r.invoiceIds.some((id) => !own.has(id))) throw new Error('an invoice is not an open invoice of this customer');
    if (r.date < todayIso(s.now())) throw new Error('a promise date cannot be in the past');
    const profile = await loadProfile(s.db);
    const promise: PromiseToPay = {
      id: newId('promise'),
      customerId: r.customerId,
      invoiceIds: [...new Set(r.invoiceIds)],
      date: r.date,
      amount: r.amount,
      createdAt: s.now(),
      createdBy: profile.userName || 'unknown',
      openAtCreation: openAtPromise(r.invoiceIds, r.amount.currency, invoices),
    };
    await s.db.promises.add(promise);
    return promise;
  },

  openDispute: async (s, r) => {
    const invoice = await s.db.invoices.get(r.invoiceId);
    if (!invoice || invoice.customerId !== r.customerId) throw new Error('not an invoice of this customer');
    const open = await s.db.disputes.where('invoiceId').equals(r.invoiceId).filter((d) => d.resolvedAt === undefined).count();
    if (open > 0) throw new Error('this invoice already has an open dispute');
    const dispute: DisputeRow = { id: newId('dispute'), invoiceId: r.invoiceId, customerId: r.customerId, openedAt: todayIso(s.now()), reason: r.reason };
    await s.db.disputes.add(dispute);
    return dispute;
  },

  resolveDispute: async (s, r) => {
    const dispute = await s.db.disputes.get(r.disputeId);
    if (!dispute || dispute.customerId !== r.customerId) throw new Error('not a dispute of this customer');
    if (dispute.resolvedAt !== undefined) throw new Error('this dispute is already resolved');
    const resolved: DisputeRow = { ...dispute, resolvedAt: todayIso(s.now()), resolution: r.resolution };
    await s.db.disputes.put(resolved);
    return resolved;
  },
};
