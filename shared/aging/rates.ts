import type { IsoDate } from '../ledger';
import { type CurrencyCode, minorDigits } from '../money';

/**
 * A rate as exact text ("7.1234") or an integer ratio ({ numerator: 71234, denominator: 10000 }).
 * Never a float: a float rate would already have lost digits before any arithmetic.
 */
export type RateValue = string | { numerator: number | string; denominator: number | string };

/**
 * Exchange rates supplied by the caller. `rates[c]` is how many major units of `base` one major unit of `c`
 * is worth (base CNY, rates.USD = "7.1234" means 1 USD = 7.1234 CNY). The base itself is implicitly 1.
 */
export interface RateTable {
  base: CurrencyCode;
  rates: Record<CurrencyCode, RateValue>;
  asOf: IsoDate;
  source: string;
}

/** A positive exact ratio. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^\d+(?:\.\d+)?$/;
const INTEGER = /^\d+$/;

/** Parses a rate exactly; null when it is not a positive decimal or a ratio of positive integers. */
export function parseRate(value: RateValue): Ratio | null {
  let num: bigint;
  let den: bigint;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL.test(text)) return null;
    const [whole = '0', fraction = ''] = text.split('.');
    num = BigInt(whole + fraction);
    den = 10n ** BigInt(fraction.length);
  } else {
    const n = String(value.numerator).trim();
    const d = String(value.denominator).trim();
    if (!INTEGER.test(n) || !INTEGER.test(d)) return null;
    num = BigInt(n);
    den = BigInt(d);
  }
  if (num <= 0n || den <= 0n) return null;
  return reduce({ num, den });
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(r: Ratio): Ratio {
  const g = gcd(r.num, r.den);
  return { num: r.num / g, den: r.den / g };
}

/** The exact rate to convert major units of `from` into `to` using a table (cross rate through the base); null when a rate is missing or invalid. */
export function rateBetween(table: RateTable, from: CurrencyCode, to: CurrencyCode): Ratio | null {
  const of = (c: CurrencyCode): Ratio | null => {
    if (c.toUpperCase() === table.base.toUpperCase()) return { num: 1n, den: 1n };
    const v = table.rates[c] ?? table.rates[c.toUpperCase()];
    return v === undefined ? null : parseRate(v);
  };
  const a = of(from);
  const b = of(to);
  if (!a || !b) return null;
  return reduce({ num: a.num * b.den, den: a.den * b.num });
}

/** The inverse of a ratio. */
export function invertRate(r: Ratio): Ratio {
  return { num: r.den, den: r.num };
}

/** n / d rounded to the nearest integer, ties to the even neighbour (banker's rounding), symmetric in sign. */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  let q = a / b;
  const twice = (a % b) * 2n;
  if (twice > b || (twice === b && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * Converts an amount in minor units of `from` into minor units of `to` at an exact rate (major-to-major),
 * in BigInt, rounding once, half-even. Digits of both currencies are honoured (JPY has none), so
 * ¥1 at 0.0475 CNY gives 5 fen (4.75 → 5). Round trip (forward, then with `invertRate`) differs from the
 * original by at most ⌊0.5 + 0.5/k⌋ minor units, k being the minor-to-minor factor of the forward rate:
 * exact whenever the target's minor unit is worth no more than the source's.
 */
export function convertMinor(amount: number, from: CurrencyCode, to: CurrencyCode, rate: Ratio): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  const shift = minorDigits(to) - minorDigits(from);
  const num = BigInt(amount) * rate.num * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = rate.den * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  const out = Number(divideHalfEven(num, den));
  if (!Number.isSafeInteger(out)) throw new RangeError(`converted amount is out of range: ${out}`);
  return out;
}

/** The rate as exact text: a decimal when it has a finite one within 12 places, else "num/den". */
export function rateText(r: Ratio): string {
  let den = r.den;
  let places = 0;
  while (den % 10n === 0n) {
    den /= 10n;
    places++;
  }
  while (den % 2n === 0n || den % 5n === 0n) {
    if (den % 2n === 0n) den /= 2n;
    else den /= 5n;
    places++;
  }
  if (den !== 1n || places > 12) return `${r.num}/${r.den}`;
  const scaled = (r.num * 10n ** BigInt(places)) / r.den;
  if (places === 0) return scaled.toString();
  const digits = scaled.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
