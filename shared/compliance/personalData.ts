/** Personal data that has no place in a reminder: PRC ID numbers, bank cards, other people's phone numbers. */

import { light, toOriginal } from './normalize';
import type { Span } from './types';

export type PersonalDataKind = 'id-number' | 'bank-card' | 'phone-number';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  span: Span;
  digits: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 / ISO 7064 MOD 11-2 check digit of an 18-character PRC resident ID number, plus a sane birth date. */
export function isPrcIdNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * (ID_WEIGHTS[i] ?? 0);
  if (ID_CHECK[sum % 11] !== v[17]) return false;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = Number(digits[i]);
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A comparison key for phone numbers written differently ("+86 138-1234-5678", "13812345678", "(212) 555-0147",
 * "+1 212 555 0147"): the last ten digits, which drops any country prefix of CN mobiles and NANP numbers.
 */
export function phoneKey(value: string): string {
  const d = value.replace(/\D/g, '');
  return d.length > 10 ? d.slice(d.length - 10) : d;
}

/** Business hotlines (CN 400/800, North American toll-free) are nobody's personal number. */
const HOTLINE = /^1?(?:400|800|833|844|855|866|877|888)/;

function isPhone(run: string, digits: string): boolean {
  if (/^(?:0086|86)?1[3-9]\d{9}$/.test(digits)) return true;
  // North American numbers only when written as phone numbers (grouped or with +1), not a bare 10-digit code.
  const nanp = /^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits) && !HOTLINE.test(digits);
  return nanp && (/[()\s-]/.test(run.trim()) || run.startsWith('+'));
}

/**
 * Runs of digits written as one number: optional "+cc", optional "(area)", then groups of at least three digits
 * joined by single spaces or hyphens. Groups of one or two digits (dates, amounts with commas) end a run, so
 * neighbouring numbers in ordinary text do not merge into a fake card number. A number glued to Latin letters
 * is a code ("SF1234567890"); glued to Chinese text ("手机13912345678") it is still a number.
 */
const RUN = /(?<![a-z0-9])(?:\+\d{1,3}[ -]?)?(?:\(\d{3}\)[ -]?)?\d{3,}(?:[ -]\d{3,})*x?(?![a-z0-9])/gu;

export function findPersonalData(
  text: string,
  creditorPhoneNumbers: readonly string[] = [],
  creditorAccountNumbers: readonly string[] = [],
): PersonalDataHit[] {
  const n = light(text);
  const own = new Set(creditorPhoneNumbers.map(phoneKey));
  const accounts = creditorAccountNumbers.map((a) => a.replace(/\D/g, '')).filter((a) => a.length > 0);
  const hits: PersonalDataHit[] = [];
  for (const m of n.text.matchAll(RUN)) {
    const run = m[0];
    const from = m.index ?? 0;
    const digits = run.replace(/[^\dx]/g, '').toUpperCase();
    const span = toOriginal(n, from, from + run.length);
    if (digits.length === 18 && isPrcIdNumber(digits)) {
      hits.push({ kind: 'id-number', span, digits });
    } else if (/^\d{16,19}$/.test(digits) && passesLuhn(digits) && !accounts.some((a) => a.includes(digits))) {
      hits.push({ kind: 'bank-card', span, digits });
    } else if (isPhone(run, digits) && !own.has(phoneKey(digits))) {
      hits.push({ kind: 'phone-number', span, digits });
    }
  }
  return hits;
}
