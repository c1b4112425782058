import type { CurrencyAging } from '../aging';
import { type CreditStatus, type RiskGrade, riskGrade } from '../credit';
import type { CustomerRecords } from '../db';
import type { IsoDate, Tier } from '../ledger';
import type { MatchedOn } from '../match';
import type { Money } from '../money';
import { customerView } from '../view';

/** One line of the lookup list: what "can we ship to this customer?" needs at a glance. Plain data. */
export interface LookupSummary {
  customerId: string;
  name: string;
  code?: string;
  tier: Tier;
  matchedOn: MatchedOn;
  asOf: IsoDate;
  credit: {
    status: CreditStatus;
    /** Currency of the limit; null without a limit. */
    currency: string | null;
    limit: number | null;
    /** Exposure in the limit's currency (the credit view's total). */
    exposure: number;
    available: number | null;
    utilisationBps: number | null;
  };
  grade: RiskGrade;
  /** The aging of the limit's currency (or the largest open currency), for the mini bar; null when nothing is open. */
  aging: Pick<CurrencyAging, 'currency' | 'buckets' | 'open'> | null;
  overdue: Money[];
  worstDaysOverdue: number;
  /** Currencies with open items other than the one shown. */
  otherCurrencies: string[];
}

function shownAging(currencies: readonly CurrencyAging[], limitCurrency: string | null): CurrencyAging | undefined {
  const own = currencies.find((c) => c.currency === limitCurrency);
  if (own) return own;
  return [...currencies].sort((a, b) => b.receivable - a.receivable || a.currency.localeCompare(b.currency))[0];
}

/** The summary of one search hit from its stored records, as of `asOf`. */
export function lookupSummary(
  records: Pick<CustomerRecords, 'customer' | 'invoices' | 'riskOverride'>,
  matchedOn: MatchedOn,
  asOf: IsoDate,
): LookupSummary {
  const { customer, invoices } = records;
  const view = customerView(customer, invoices, asOf);
  const c = view.credit;
  const aging = shownAging(view.aging.currencies, c.currency);
  return {
    customerId: customer.id,
    name: customer.name,
    code: customer.code,
    tier: customer.tier,
    matchedOn,
    asOf,
    credit: {
      status: c.status,
      currency: c.currency,
      limit: c.limit,
      exposure: c.exposure.total,
      available: c.available,
      utilisationBps: c.utilisationBps,
    },
    grade: riskGrade(invoices, asOf, { override: records.riskOverride }).grade,
    aging: aging ? { currency: aging.currency, buckets: aging.buckets, open: aging.open } : null,
    overdue: view.overdue,
    worstDaysOverdue: view.worstDaysOverdue,
    otherCurrencies: view.aging.currencies.map((a) => a.currency).filter((x) => x !== aging?.currency),
  };
}
