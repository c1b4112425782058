import type { RateTable, RateUsed } from '../aging';
import type { Instant, Invoice, IsoDate } from '../ledger';
import type { CurrencyCode, Money } from '../money';

export type CreditStatus = 'ok' | 'near' | 'over' | 'hold';

export interface TemporaryLimit {
  /** The whole limit in force while temporary (not an increment on the permanent one). */
  limit: Money;
  /** Last day the temporary limit is in force (inclusive). */
  expiresOn: IsoDate;
  reason?: string;
}

export type CreditReasonCode =
  | 'on-hold'
  | 'no-limit'
  | 'over-limit'
  | 'near-limit'
  | 'within-limit'
  | 'temporary-limit'
  | 'temporary-limit-expired'
  | 'other-currencies'
  | 'converted'
  | 'missing-rate';

/** A machine-readable reason; `params` carry what the message needs (amounts in minor units with `currency`). */
export interface CreditReason {
  code: CreditReasonCode;
  params: Record<string, string | number>;
}

export interface CreditInput {
  asOf: IsoDate;
  /** The permanent limit (`Customer.creditLimit`); absent when none is set. */
  limit?: Money | null;
  temporaryLimit?: TemporaryLimit;
  /** The customer's invoices; open amounts (credit notes reduce, disputed still count) make the exposure. */
  invoices: Iterable<Invoice>;
  /** Orders accepted but not invoiced yet, when the caller knows them. */
  openOrders?: readonly Money[];
  /** `Customer.onHold`. */
  onHold?: boolean;
  /** Utilisation from which the status is "near"; default 8000 (80 %). */
  nearThresholdBps?: number;
  /** When given, exposure in other currencies is converted into the limit's currency and added. */
  rates?: RateTable;
}

export interface CurrencyExposure {
  currency: CurrencyCode;
  receivables: number;
  openOrders: number;
}

export interface CreditView {
  asOf: IsoDate;
  status: CreditStatus;
  /** Every reason, the one that decided the status first. */
  reasons: CreditReason[];
  /** Currency of the limit in force; null when there is no limit. */
  currency: CurrencyCode | null;
  /** The limit in force in minor units; null when there is none. */
  limit: number | null;
  limitSource: 'permanent' | 'temporary' | null;
  permanentLimit: Money | null;
  temporaryLimit: (TemporaryLimit & { inForce: boolean }) | null;
  exposure: {
    /** Net open receivables in the limit's currency. */
    receivables: number;
    openOrders: number;
    /** Other currencies converted with `rates` (0 without rates). */
    converted: number;
    total: number;
  };
  /** limit − exposure (negative when over); null without a limit. */
  available: number | null;
  /** floor(exposure × 10000 / limit): 8000 is 80 %. Null without a limit or with a zero limit. */
  utilisationBps: number | null;
  nearThresholdBps: number;
  /** Exposure in currencies other than the limit's that was not added (no rate table, or no rate for it). */
  otherCurrencies: CurrencyExposure[];
  conversion: { base: CurrencyCode; ratesAsOf: IsoDate; ratesSource: string; rates: RateUsed[] } | null;
}

export type RiskGrade = 'A' | 'B' | 'C' | 'D';

export interface RiskOverride {
  grade: RiskGrade;
  reason: string;
  by: string;
  at: Instant;
}

export type RiskReasonCode =
  | 'average-days-late'
  | 'no-payment-history'
  | 'overdue-share'
  | 'oldest-overdue'
  | 'override';

export interface RiskReason {
  code: RiskReasonCode;
  /** The grade this factor alone gives; null for factors that do not grade (no history). */
  grade: RiskGrade | null;
  params: Record<string, string | number>;
}

/** Upper bounds (inclusive) for grades A, B and C; anything above the third is D. */
export interface RiskThresholds {
  averageDaysLate: readonly [number, number, number];
  overdueShareBps: readonly [number, number, number];
  oldestDaysOverdue: readonly [number, number, number];
}

export interface RiskAssessment {
  /** The grade to use: the override when there is one, else the computed grade. */
  grade: RiskGrade;
  source: 'computed' | 'override';
  computedGrade: RiskGrade;
  override: RiskOverride | null;
  reasons: RiskReason[];
  metrics: {
    averageDaysLate: number | null;
    paidCount: number;
    /** Worst currency's undisputed overdue / undisputed receivables, basis points; null when nothing is open. */
    overdueShareBps: number | null;
    oldestDaysOverdue: number;
  };
}
