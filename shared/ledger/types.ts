import type { CurrencyCode, Money } from '../money';

/** yyyy-MM-dd calendar date. */
export type IsoDate = string;
/** Milliseconds since the epoch. */
export type Instant = number;

/** A strategic; B standard; C new or small; D high risk. */
export type Tier = 'A' | 'B' | 'C' | 'D';
export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];

export interface Customer {
  id: string;
  /** The ERP's customer code, when it has one. */
  code?: string;
  name: string;
  aliases?: string[];
  /** 18-character unified social credit code (统一社会信用代码). */
  uscc?: string;
  tier: Tier;
  creditLimit?: Money;
  /** Sales rep or account owner. */
  owner?: string;
  /** Domains the debtor's own e-mail addresses use ("acme.com.cn"). */
  emailDomains: string[];
  /** IANA zone of the debtor, for send windows ("Asia/Shanghai"). */
  timeZone?: string;
  /** ISO country, chooses the compliance profile when set. */
  country?: string;
  onHold?: boolean;
}

export type InvoiceKind = 'invoice' | 'credit-note';

export interface Invoice {
  id: string;
  customerId: string;
  number: string;
  kind: InvoiceKind;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: CurrencyCode;
  /** Original amount in minor units; negative for credit notes. */
  amount: number;
  /** Amount still open in minor units (after partial payments); 0 when paid. */
  openAmount: number;
  /** Date the invoice was fully paid, when known. */
  paidDate?: IsoDate;
  disputed?: boolean;
  note?: string;
}

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  email?: string;
  phone?: string;
  role?: string;
  optOut?: boolean;
}

/** An explicit link between a CRM record and a customer, made by the user or by a CRM id in the ledger. */
export interface CrmLink {
  /** `${system}:${recordId}` */
  key: string;
  system: string;
  recordId: string;
  customerId: string;
  createdAt: Instant;
  /** `ledger` links come from an import's crm_ids column and are replaced with it; `user` links survive. */
  source: 'ledger' | 'user';
}

export function crmLinkKey(system: string, recordId: string): string {
  return `${system}:${recordId}`;
}
