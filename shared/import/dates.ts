import { dayNumberToIso, isoToDayNumber } from '../dates/isoDate';
import type { IsoDate } from '../ledger';
import type { Cell } from './types';
import { nfkc } from './text';

export type DateOrder = 'DMY' | 'MDY';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: 'invalid' | 'ambiguous' };

const TIME_TAIL = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME_TAIL}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME_TAIL}$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_NAME = /^(\d{1,2})[\s\-/]*([a-z]{3,9})\.?[\s\-/,]*(\d{4})$/;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})$/;
/** Excel serials accepted as dates: 10000 (1927-05-18) … 2958465 (9999-12-31); smaller numbers are more likely terms or counts. */
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 2_958_465;

function ymd(y: number, m: number, d: number): IsoDate | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isoToDayNumber(iso) === null ? null : iso;
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3));
  if (i < 0) return 0;
  // "sept" and full names are fine; "mayo" or "marchx" are not English months.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i] ?? '';
  return full.startsWith(name) || name === 'sept' ? i + 1 : 0;
}

/**
 * An Excel 1900-system serial as a date. Excel counts 1900-02-29, which never existed (Lotus 1-2-3's bug):
 * serial 60 is that day and is rejected, serials after it are one day off from plain counting.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  // Day 0 of our day numbers is 1970-01-01; Excel serial 25569 is 1970-01-01.
  return dayNumberToIso(whole < 60 ? whole - 25568 : whole - 25569);
}

/** The day-first/month-first evidence one date text gives, or null when it is not a d/m/y text. */
export function dateOrderEvidence(text: string): DateOrder | 'ambiguous' | null {
  const m = YEAR_LAST.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (a === b || a > 12) return null;
  return 'ambiguous';
}

function fromDate(value: Date): DateParse {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return { ok: false, reason: 'invalid' };
  // Spreadsheet times carry float noise (23:59:59.999); round to the minute before taking the UTC day.
  const day = Math.floor(Math.round(ms / 60_000) / 1440);
  return { ok: true, date: dayNumberToIso(day) };
}

function fromNumber(value: number): DateParse {
  if (value > 1e11) return fromDate(new Date(value)); // epoch milliseconds (JSON feeds)
  if (value < MIN_SERIAL) return { ok: false, reason: 'invalid' };
  const iso = excelSerialToIso(value);
  return iso ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
}

/**
 * A date cell: ISO, 2025/9/11, 2025.9.11, 2025年9月11日, 20250911, 11 Sep 2025, Sep 11, 2025, Excel serials,
 * Date objects, and d/m/y or m/d/y — which needs `order` unless a part above 12 settles it.
 */
export function parseDateCell(cell: Cell, order: DateOrder | null): DateParse {
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell !== 'string') return { ok: false, reason: 'invalid' };
  // Ledgers repeat a few hundred distinct dates over many rows: remember the answers.
  const key = `${order ?? ''}${cell}`;
  let parsed = textCache.get(key);
  if (!parsed) {
    parsed = parseDateText(cell, order);
    if (textCache.size >= TEXT_CACHE_SIZE) textCache.clear();
    textCache.set(key, parsed);
  }
  return parsed;
}

const TEXT_CACHE_SIZE = 10_000;
const textCache = new Map<string, DateParse>();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDateText(cell: string, order: DateOrder | null): DateParse {
  if (ISO_DATE.test(cell)) return result(isoToDayNumber(cell) === null ? null : cell);
  const text = nfkc(cell).trim().toLowerCase();
  let m = YEAR_FIRST.exec(text);
  if (m) return result(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = YEAR_LAST.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (a === b) return result(ymd(y, a, b));
    const evidence = dateOrderEvidence(text);
    const use = evidence === 'DMY' || evidence === 'MDY' ? evidence : order;
    if (evidence && evidence !== 'ambiguous' && order && order !== evidence) return { ok: false, reason: 'invalid' };
    if (!use) return { ok: false, reason: 'ambiguous' };
    return result(use === 'DMY' ? ymd(y, b, a) : ymd(y, a, b));
  }
  m = COMPACT.exec(text);
  if (m) return result(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  if (SERIAL.test(text)) return fromNumber(Number(text));
  m = DAY_MONTH_NAME.exec(text);
  if (m) return result(ymd(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1])));
  m = MONTH_NAME_DAY.exec(text);
  if (m) return result(ymd(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2])));
  return { ok: false, reason: 'invalid' };
}

function result(iso: IsoDate | null): DateParse {
  return iso ? { ok: true, date: iso } : { ok: false, reason: 'invalid' };
}
