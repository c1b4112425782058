import { addDays } from '../dates';
import type { Invoice, IsoDate } from '../ledger';
import type { Dispute, PauseReason, PromiseState, PromiseToPay } from './types';

/** The last day a promise may still be kept: its date plus the grace days. */
export function promiseDeadline(promise: PromiseToPay, graceDays: number): IsoDate {
  return addDays(promise.date, graceDays);
}

/** The value to store in `PromiseToPay.openAtCreation` when the promise is recorded. */
export function openAtPromise(invoiceIds: readonly string[], currency: string, invoices: Iterable<Invoice>): number {
  const ids = new Set(invoiceIds);
  let open = 0;
  for (const inv of invoices) if (ids.has(inv.id) && inv.currency === currency) open += inv.openAmount;
  return open;
}

function coveredPaidBy(promise: PromiseToPay, invoices: Iterable<Invoice>, deadline: IsoDate): boolean | null {
  const ids = new Set(promise.invoiceIds);
  const covered = [...invoices].filter((inv) => ids.has(inv.id));
  if (covered.length === 0 || covered.some((inv) => inv.openAmount > 0)) return null;
  // All paid: on time unless a known paid date says otherwise.
  return covered.every((inv) => inv.paidDate === undefined || inv.paidDate <= deadline);
}

/**
 * State of a promise on `asOf`.
 * - A recorded status (kept / broken / cancelled) is final.
 * - kept: the covered invoices are all paid (by date + grace when their paid dates are known), or their open
 *   amount has dropped since the promise by at least the promised amount (needs `openAtCreation`).
 *   The ledger only shows today's open amounts, so a partial payment found after the deadline still counts.
 * - broken: not kept and `asOf` is past date + grace (or the invoices were paid after the deadline).
 * - active: otherwise.
 */
export function promiseState(
  promise: PromiseToPay,
  invoices: Iterable<Invoice>,
  asOf: IsoDate,
  graceDays: number,
): PromiseState {
  if (promise.status) return promise.status;
  const list = [...invoices];
  const deadline = promiseDeadline(promise, graceDays);
  const paid = coveredPaidBy(promise, list, deadline);
  if (paid === true) return 'kept';
  if (paid === false) return 'broken';
  if (promise.openAtCreation !== undefined) {
    const dropped = promise.openAtCreation - openAtPromise(promise.invoiceIds, promise.amount.currency, list);
    if (dropped >= promise.amount.amount) return 'kept';
  }
  return asOf > deadline ? 'broken' : 'active';
}

/**
 * Invoices whose reminders are paused on `asOf`, with the reason.
 * - A promise (not cancelled) pauses the invoices it covers until its date plus grace,
 *   inclusive; after that they are chased as before (and a broken promise escalates, see `brokenPromiseCount`).
 * - A dispute pauses only its invoice, from `openedAt` until it is resolved (`resolvedAt` > asOf).
 * - An invoice the ledger flags as disputed is paused too.
 * A dispute wins over a promise (it has no end date); among promises the latest deadline wins.
 */
export function pausedInvoices(
  invoices: Iterable<Invoice>,
  promises: Iterable<PromiseToPay>,
  disputes: Iterable<Dispute>,
  asOf: IsoDate,
  graceDays: number,
): Map<string, PauseReason> {
  const list = [...invoices];
  const known = new Set(list.map((inv) => inv.id));
  const out = new Map<string, PauseReason>();
  for (const p of promises) {
    if (p.status === 'cancelled') continue;
    const until = promiseDeadline(p, graceDays);
    if (asOf > until) continue;
    for (const id of p.invoiceIds) {
      if (!known.has(id)) continue;
      const existing = out.get(id);
      if (existing?.kind === 'promise' && existing.until >= until) continue;
      out.set(id, { kind: 'promise', promiseId: p.id, until });
    }
  }
  for (const inv of list) if (inv.disputed) out.set(inv.id, { kind: 'dispute' });
  for (const d of disputes) {
    if (!known.has(d.invoiceId) || d.openedAt > asOf) continue;
    if (d.resolvedAt !== undefined && d.resolvedAt <= asOf) continue;
    out.set(d.invoiceId, { kind: 'dispute', disputeId: d.id, since: d.openedAt });
  }
  return out;
}

/**
 * Broken promises that still matter on `asOf`: broken, and covering at least one invoice that is still open.
 * Each one moves the customer's dunning one step up.
 */
export function brokenPromiseCount(
  promises: Iterable<PromiseToPay>,
  invoices: Iterable<Invoice>,
  asOf: IsoDate,
  graceDays: number,
): number {
  const list = [...invoices];
  const open = new Set(list.filter((inv) => inv.openAmount > 0).map((inv) => inv.id));
  let count = 0;
  for (const p of promises) {
    if (!p.invoiceIds.some((id) => open.has(id))) continue;
    if (promiseState(p, list, asOf, graceDays) === 'broken') count++;
  }
  return count;
}
