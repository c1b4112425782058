import type { IsoDate } from '../ledger';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid yyyy-MM-dd, or null. Pure integer arithmetic on UTC, no zone involved. */
export function isoToDayNumber(date: string): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear takes the year literally.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return back.getTime() / DAY_MS;
}

export function isIsoDate(value: string): value is IsoDate {
  return isoToDayNumber(value) !== null;
}

export function dayNumberToIso(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dayNumber(date: IsoDate): number {
  const n = isoToDayNumber(date);
  if (n === null) throw new RangeError(`not a yyyy-MM-dd date: ${date}`);
  return n;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayNumberToIso(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant in an IANA time zone. Built from the formatter's parts rather than
 * trusting one locale's output order; formatters are cached because creating one is slow.
 */
export function isoDateInZone(instant: number, timeZone: string): IsoDate {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
