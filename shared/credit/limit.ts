import { convertMinor, type RateTable, type RateUsed, rateBetween, rateText } from '../aging';
import type { Invoice, IsoDate } from '../ledger';
import type { CurrencyCode, Money } from '../money';
import type { CreditInput, CreditReason, CreditStatus, CreditView, CurrencyExposure } from './types';

export const DEFAULT_NEAR_THRESHOLD_BPS = 8000;

/** Floor division for BigInt (rounds towards −∞, unlike `/`). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * floor(exposure × 10000 / limit) in basis points; null for a zero or missing limit. Saturates at ±2^53−1
 * (only reachable with absurd ratios); the status itself is always decided exactly.
 */
export function utilisationBps(exposure: number, limit: number): number | null {
  if (limit <= 0) return null;
  const bps = floorDiv(BigInt(exposure) * 10_000n, BigInt(limit));
  return Number(bps > MAX ? MAX : bps < -MAX ? -MAX : bps);
}

/**
 * The status from exposure against a limit, exact in integers: over when exposure > limit; near when
 * exposure × 10000 ≥ limit × threshold (so exactly 80 % is near); ok otherwise. A zero limit is over as soon
 * as anything is exposed. Monotonic: more exposure never gives a milder status.
 */
export function limitStatus(exposure: number, limit: number, nearThresholdBps: number): Exclude<CreditStatus, 'hold'> {
  if (exposure > limit) return 'over';
  if (limit > 0 && BigInt(exposure) * 10_000n >= BigInt(limit) * BigInt(nearThresholdBps)) return 'near';
  return 'ok';
}

function exposureByCurrency(
  invoices: Iterable<Invoice>,
  orders: readonly Money[],
): Map<CurrencyCode, CurrencyExposure> {
  const map = new Map<CurrencyCode, CurrencyExposure>();
  const slot = (currency: CurrencyCode) => {
    let e = map.get(currency);
    if (!e) {
      e = { currency, receivables: 0, openOrders: 0 };
      map.set(currency, e);
    }
    return e;
  };
  for (const inv of invoices) if (inv.openAmount !== 0) slot(inv.currency).receivables += inv.openAmount;
  for (const o of orders) if (o.amount !== 0) slot(o.currency).openOrders += o.amount;
  return map;
}

function limitInForce(input: CreditInput): {
  limit: Money | null;
  source: 'permanent' | 'temporary' | null;
  inForce: boolean;
} {
  const temp = input.temporaryLimit;
  if (temp && temporaryLimitInForce(temp.expiresOn, input.asOf))
    return { limit: temp.limit, source: 'temporary', inForce: true };
  const permanent = input.limit ?? null;
  return { limit: permanent, source: permanent ? 'permanent' : null, inForce: false };
}

interface Converted {
  amount: number;
  used: RateUsed[];
  missing: CurrencyExposure[];
}

function convertOthers(others: readonly CurrencyExposure[], to: CurrencyCode, rates: RateTable): Converted {
  const out: Converted = { amount: 0, used: [], missing: [] };
  for (const e of others) {
    const rate = rateBetween(rates, e.currency, to);
    if (!rate) {
      out.missing.push(e);
      continue;
    }
    out.used.push({ currency: e.currency, rate: rateText(rate) });
    out.amount += convertMinor(e.receivables + e.openOrders, e.currency, to, rate);
  }
  return out;
}

/**
 * Credit position of a customer on `asOf`. Exposure = net open receivables in the limit's currency (credit
 * notes reduce it, disputed invoices still count) + open orders in that currency; other currencies are listed
 * apart, or converted and added when `rates` is given (one half-even rounding per currency). A temporary limit
 * replaces the permanent one while `asOf` ≤ its `expiresOn`. On hold wins over every other status.
 */
export function creditStatus(input: CreditInput): CreditView {
  const threshold = input.nearThresholdBps ?? DEFAULT_NEAR_THRESHOLD_BPS;
  const { limit, source, inForce } = limitInForce(input);
  const byCurrency = exposureByCurrency(input.invoices, input.openOrders ?? []);
  const currency = limit?.currency ?? null;
  const own = currency ? byCurrency.get(currency) : undefined;
  const others = [...byCurrency.values()]
    .filter((e) => e.currency !== currency)
    .sort((a, b) => a.currency.localeCompare(b.currency));
  const converted = currency && input.rates ? convertOthers(others, currency, input.rates) : null;
  const receivables = own?.receivables ?? 0;
  const openOrders = own?.openOrders ?? 0;
  const total = receivables + openOrders + (converted?.amount ?? 0);
  const reasons: CreditReason[] = [];
  let status: CreditStatus = 'ok';
  if (input.onHold) {
    status = 'hold';
    reasons.push({ code: 'on-hold', params: {} });
  }
  let available: number | null = null;
  let bps: number | null = null;
  if (!limit) {
    reasons.push({ code: 'no-limit', params: {} });
  } else {
    available = limit.amount - total;
    bps = utilisationBps(total, limit.amount);
    const byLimit = limitStatus(total, limit.amount, threshold);
    if (status !== 'hold') status = byLimit;
    const money = { currency: limit.currency, exposure: total, limit: limit.amount };
    if (byLimit === 'over') reasons.push({ code: 'over-limit', params: { ...money, excess: total - limit.amount } });
    else if (byLimit === 'near')
      reasons.push({ code: 'near-limit', params: { ...money, utilisationBps: bps ?? 0, thresholdBps: threshold } });
    else reasons.push({ code: 'within-limit', params: { ...money, available } });
  }
  const temp = input.temporaryLimit;
  if (temp) {
    const params = { currency: temp.limit.currency, limit: temp.limit.amount, expiresOn: temp.expiresOn };
    reasons.push({ code: inForce ? 'temporary-limit' : 'temporary-limit-expired', params });
  }
  if (converted && input.rates && converted.used.length) {
    reasons.push({
      code: 'converted',
      params: {
        base: currency ?? '',
        ratesAsOf: input.rates.asOf,
        source: input.rates.source,
        amount: converted.amount,
      },
    });
  }
  for (const m of converted?.missing ?? []) reasons.push({ code: 'missing-rate', params: { currency: m.currency } });
  const apart = converted ? converted.missing : others;
  if (apart.length)
    reasons.push({ code: 'other-currencies', params: { currencies: apart.map((e) => e.currency).join(', ') } });
  return {
    asOf: input.asOf,
    status,
    reasons,
    currency,
    limit: limit?.amount ?? null,
    limitSource: source,
    permanentLimit: input.limit ?? null,
    temporaryLimit: temp ? { ...temp, inForce } : null,
    exposure: { receivables, openOrders, converted: converted?.amount ?? 0, total },
    available,
    utilisationBps: bps,
    nearThresholdBps: threshold,
    otherCurrencies: apart,
    conversion:
      converted && input.rates && currency
        ? { base: currency, ratesAsOf: input.rates.asOf, ratesSource: input.rates.source, rates: converted.used }
        : null,
  };
}

/** True when `date` is within a temporary limit's validity (the expiry day itself included). */
export function temporaryLimitInForce(expiresOn: IsoDate, asOf: IsoDate): boolean {
  return asOf <= expiresOn;
}
