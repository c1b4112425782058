/** ISO 4217 code, upper case ("CNY", "USD", "JPY"). */
export type CurrencyCode = string;

/** An amount in integer minor units (fen, cents) of one currency. Never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

const digitsCache = new Map<string, number>();

/** Number of minor-unit digits of a currency (CNY 2, JPY 0, KWD 3), from Intl. */
export function minorDigits(currency: CurrencyCode): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(code, digits);
  }
  return digits;
}

const currencyValidity = new Map<string, boolean>();

/** True for a three-letter code Intl knows. Cached: an import asks this once per row. */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  let valid = currencyValidity.get(value);
  if (valid === undefined) {
    valid = intlKnowsCurrency(value);
    currencyValidity.set(value, valid);
  }
  return valid;
}

function intlKnowsCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

export function money(amount: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  return { amount, currency: currency.toUpperCase() };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`cannot combine ${a.currency} with ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/**
 * Parses a plain decimal string ("1234.5", "-0.01") into minor units without going through a float,
 * so "0.1" + "0.2" can never drift. Returns null when the text is not a plain decimal or has more
 * fraction digits than the currency allows.
 */
export function decimalToMinor(text: string, currency: CurrencyCode): number | null {
  const m = /^([+-])?(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return null;
  const minor = Number((m[2] ?? '0') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] === '-' ? -minor || 0 : minor;
}

/** The exact decimal text of an amount ("1234.50"), for exports and round trips. */
export function minorToDecimal(amount: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Locale-aware display ("¥1,234.50", "US$1,234.50"). */
export function formatMoney(m: Money, locale: string, options: { compact?: boolean } = {}): string {
  const key = `${locale}|${m.currency}|${options.compact ? 'c' : ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      ...(options.compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    });
    formatters.set(key, f);
  }
  // Divide only for display; the stored value stays an integer.
  return f.format(m.amount / 10 ** minorDigits(m.currency));
}
