import type { Instant, IsoDate } from '../ledger';
import type { Money } from '../money';

/** A status the user recorded; when set it is final and wins over the computed state. */
export type RecordedPromiseStatus = 'kept' | 'broken' | 'cancelled';

export interface PromiseToPay {
  id: string;
  customerId: string;
  invoiceIds: string[];
  /** The day the customer promised to pay by. */
  date: IsoDate;
  amount: Money;
  createdAt: Instant;
  createdBy: string;
  status?: RecordedPromiseStatus;
  /**
   * Open amount of the covered invoices (in `amount.currency`) when the promise was made. Lets
   * `promiseState` see how much was paid since; fill it with `openAtPromise` when recording a promise.
   */
  openAtCreation?: number;
}

export interface Dispute {
  id: string;
  invoiceId: string;
  openedAt: IsoDate;
  reason: string;
  resolvedAt?: IsoDate;
  resolution?: string;
}

export type PromiseState = 'active' | 'kept' | 'broken' | 'cancelled';

/** Why reminders for an invoice are on hold. */
export type PauseReason =
  | { kind: 'promise'; promiseId: string; until: IsoDate }
  /** `disputeId` absent when the ledger itself flags the invoice as disputed. */
  | { kind: 'dispute'; disputeId?: string; since?: IsoDate };
