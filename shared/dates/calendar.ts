import type { IsoDate } from '../ledger';
import { addDays, weekday, yearOf } from './isoDate';

/**
 * A business calendar as data: weekends, statutory holidays and make-up workdays (调休) for a range of
 * years. Calendars ship inside rule packs so a feed can add next year's notice without a release.
 */
export interface CalendarData {
  id: string;
  region: string;
  /** Inclusive range of years this calendar knows; outside it every answer is "unknown". */
  years: { from: number; to: number };
  /** Days of the week that are not worked (0 = Sunday). */
  weekend: number[];
  holidays: { date: IsoDate; name: string }[];
  /** Weekend days that are worked to make up for a holiday. */
  workdays: { date: IsoDate; name: string }[];
  source: string;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday' | 'unknown';

export interface Calendar {
  data: CalendarData;
  kindOf(date: IsoDate): DayKind;
  /** true / false, or null when the date is outside the calendar's years. */
  isBusinessDay(date: IsoDate): boolean | null;
  holidayName(date: IsoDate): string | undefined;
  /** The first business day on or after `date` (or before, with direction -1); null when it runs out of range. */
  rollToBusinessDay(date: IsoDate, direction?: 1 | -1): IsoDate | null;
  /** Adds n business days (n may be negative); null when the walk leaves the known years. */
  addBusinessDays(date: IsoDate, n: number): IsoDate | null;
}

export function createCalendar(data: CalendarData): Calendar {
  const holidays = new Map(data.holidays.map((h) => [h.date, h.name]));
  const workdays = new Map(data.workdays.map((w) => [w.date, w.name]));
  const weekend = new Set(data.weekend);
  const known = (date: IsoDate) => {
    const y = yearOf(date);
    return y >= data.years.from && y <= data.years.to;
  };
  const kindOf = (date: IsoDate): DayKind => {
    if (!known(date)) return 'unknown';
    if (holidays.has(date)) return 'holiday';
    if (workdays.has(date)) return 'makeup-workday';
    return weekend.has(weekday(date)) ? 'weekend' : 'workday';
  };
  const isBusinessDay = (date: IsoDate) => {
    const k = kindOf(date);
    if (k === 'unknown') return null;
    return k === 'workday' || k === 'makeup-workday';
  };
  const rollToBusinessDay = (date: IsoDate, direction: 1 | -1 = 1): IsoDate | null => {
    let d = date;
    for (let i = 0; i < 400; i++) {
      const b = isBusinessDay(d);
      if (b === null) return null;
      if (b) return d;
      d = addDays(d, direction);
    }
    return null;
  };
  const addBusinessDays = (date: IsoDate, n: number): IsoDate | null => {
    if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number: ${n}`);
    const step = n < 0 ? -1 : 1;
    let d = date;
    let left = Math.abs(n);
    while (left > 0) {
      d = addDays(d, step);
      const b = isBusinessDay(d);
      if (b === null) return null;
      if (b) left--;
    }
    return d;
  };
  return { data, kindOf, isBusinessDay, holidayName: (d) => holidays.get(d), rollToBusinessDay, addBusinessDays };
}
