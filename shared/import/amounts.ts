import type { CurrencyCode } from '../money';
import { decimalToMinor, isCurrencyCode, minorDigits } from '../money';
import { nfkc } from './text';

export type DecimalSeparator = '.' | ',';

export interface AmountText {
  /** Plain decimal text ("-1234.50") for `decimalToMinor`. */
  decimal: string;
  /** Currency named by a symbol or code written with the amount. */
  currency?: CurrencyCode;
  /** The amount was written with a bare "$", whose currency is an assumption. */
  bareDollar?: boolean;
  /** The symbol or code as written, for messages. */
  symbol?: string;
}

/** Symbols and codes written with amounts; "$" alone is handled apart because it is ambiguous. */
const MARKERS: readonly [string, CurrencyCode][] = [
  ['hk$', 'HKD'],
  ['us$', 'USD'],
  ['cn¥', 'CNY'],
  ['jp¥', 'JPY'],
  ['rmb', 'CNY'],
  ['¥', 'CNY'],
  ['元', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** Currency names users type into a currency column. */
const CURRENCY_NAMES: Record<string, CurrencyCode> = {
  rmb: 'CNY',
  '¥': 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  美元: 'USD',
  us$: 'USD',
  欧元: 'EUR',
  '€': 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  hk$: 'HKD',
  英镑: 'GBP',
  '£': 'GBP',
  日元: 'JPY',
};

/**
 * ISO 4217 codes Intl knows. `isCurrencyCode` alone accepts any well-formed code ("XYZ"), so a typo would pass;
 * where the runtime lists its currencies, only listed codes count.
 */
const KNOWN_CODES: ReadonlySet<string> | null = (() => {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return null;
  }
})();

const currencyCache = new Map<string, boolean>();

export function isKnownCurrency(code: string): boolean {
  let known = currencyCache.get(code);
  if (known === undefined) {
    known = isCurrencyCode(code) && (KNOWN_CODES === null || KNOWN_CODES.has(code));
    if (currencyCache.size < 1000) currencyCache.set(code, known);
  }
  return known;
}

/** A currency column's text as an ISO code ("usd", "人民币", "RMB" → code), or null. */
export function currencyFromText(text: string): CurrencyCode | null {
  const t = nfkc(text).trim().toLowerCase();
  const named = CURRENCY_NAMES[t];
  if (named) return named;
  const code = t.toUpperCase();
  return isKnownCurrency(code) ? code : null;
}

function stripMarker(s: string, out: AmountText): string {
  const lower = s.toLowerCase();
  for (const [marker, code] of MARKERS) {
    if (lower.startsWith(marker)) {
      out.currency = code;
      out.symbol = s.slice(0, marker.length);
      return s.slice(marker.length);
    }
    if (lower.endsWith(marker)) {
      out.currency = code;
      out.symbol = s.slice(-marker.length);
      return s.slice(0, -marker.length);
    }
  }
  if (s.startsWith('$') || s.endsWith('$')) {
    out.bareDollar = true;
    out.symbol = '$';
    return s.startsWith('$') ? s.slice(1) : s.slice(0, -1);
  }
  const code = /^([A-Za-z]{3})(?=[\d.,(+-])|(?<=[\d.,)])([A-Za-z]{3})$/.exec(s);
  const letters = code?.[1] ?? code?.[2];
  if (letters && isKnownCurrency(letters.toUpperCase())) {
    out.currency = letters.toUpperCase();
    out.symbol = out.currency;
    return code?.[1] ? s.slice(3) : s.slice(0, -3);
  }
  return s;
}

/**
 * Amount text as written in ledgers: ¥1,234.50, 1,234.50元, (1,234.50), -1234.5, 1.234,50 €, １２３４,
 * 1 234,50, US$12.00. `separator` is the file's decimal separator when known; with a single separator
 * and no hint, a comma before exactly three digits groups thousands and anything else is a decimal point.
 */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

export function parseAmountText(raw: string, separator: DecimalSeparator | null): AmountText | null {
  if (PLAIN.test(raw) && separator !== ',') return { decimal: raw };
  const out: AmountText = { decimal: '' };
  let s = nfkc(raw).replace(/[\s'’\u2212]/g, (c) => (c === '\u2212' ? '-' : ''));
  let negative = false;
  for (let pass = 0; pass < 4 && s !== ''; pass++) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) {
      negative = !negative;
      s = s.slice(1, -1);
    }
    if (s.startsWith('-') || s.endsWith('-')) {
      negative = !negative;
      s = s.startsWith('-') ? s.slice(1) : s.slice(0, -1);
    } else if (s.startsWith('+')) s = s.slice(1);
    if (out.symbol === undefined) s = stripMarker(s, out);
    if (s === before) break;
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return null;
  const plain = normaliseSeparators(s, separator);
  if (plain === null) return null;
  out.decimal = (negative ? '-' : '') + plain;
  return out;
}

function normaliseSeparators(s: string, separator: DecimalSeparator | null): string | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction, extra] = s.split(decimal);
    if (extra !== undefined || fraction === undefined || fraction.includes(group)) return null;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!only) return s;
  const parts = s.split(only);
  const groupsOfThree = parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '') !== '';
  if (parts.length > 2) return groupsOfThree ? parts.join('') : null;
  const isDecimal = separator ? separator === only : only === '.' || !groupsOfThree;
  if (isDecimal) return `${parts[0] || '0'}.${parts[1]}`;
  return groupsOfThree ? parts.join('') : null;
}

/** Which decimal separator one amount text shows, when it shows one unambiguously. */
export function separatorEvidence(raw: string): DecimalSeparator | null {
  if (PLAIN.test(raw)) return /\.\d{3}$/.test(raw) ? null : raw.includes('.') ? '.' : null;
  const s = nfkc(raw).replace(/[^\d.,]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!only) return null;
  const parts = s.split(only);
  if (parts.length > 2) return only === '.' ? ',' : '.';
  return (parts[1] ?? '').length === 3 ? null : only;
}

export type MinorParse =
  | { ok: true; minor: number }
  | { ok: false; reason: 'invalid-amount' | 'too-many-decimals' };

/** Minor units of a decimal text, exactly. */
export function decimalTextToMinor(decimal: string, currency: CurrencyCode): MinorParse {
  const minor = decimalToMinor(decimal, currency);
  if (minor !== null) return { ok: true, minor };
  return /^-?\d+(\.\d+)?$/.test(decimal) ? { ok: false, reason: 'too-many-decimals' } : { ok: false, reason: 'invalid-amount' };
}

/**
 * Minor units of a number cell (XLSX, JSON). Its shortest decimal form is used exactly when it fits the
 * currency; spreadsheet float noise (1234.4999999999998) is rounded to the minor unit; real extra decimals are refused.
 */
export function numberToMinor(value: number, currency: CurrencyCode): MinorParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid-amount' };
  const exact = decimalToMinor(String(value), currency);
  if (exact !== null) return { ok: true, minor: exact };
  const scaled = value * 10 ** minorDigits(currency);
  const rounded = Math.round(scaled);
  if (!Number.isSafeInteger(rounded)) return { ok: false, reason: 'invalid-amount' };
  if (Math.abs(scaled - rounded) > Math.max(1e-6, Math.abs(scaled) * 1e-12)) return { ok: false, reason: 'too-many-decimals' };
  return { ok: true, minor: rounded || 0 };
}

