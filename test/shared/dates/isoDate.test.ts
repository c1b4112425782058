import fc from 'fast-check';
import {
  addDays,
  dayNumberToIso,
  daysBetween,
  isIsoDate,
  isoDateInZone,
  isoToDayNumber,
  weekday,
  yearOf,
} from 'shared/dates';
import { describe, expect, it } from 'vitest';

/** Whole days from 0001-01-01 to 9999-12-31, relative to 1970-01-01. */
const dayNumber = fc.integer({ min: -719_162, max: 2_932_896 });
const isoDate = dayNumber.map(dayNumberToIso);

describe('isoToDayNumber', () => {
  it('counts from 1970-01-01', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('1970-01-02')).toBe(1);
    expect(isoToDayNumber('1969-12-31')).toBe(-1);
  });

  it('accepts 29 February only in leap years', () => {
    expect(isoToDayNumber('2026-02-29')).toBeNull();
    expect(isoToDayNumber('2028-02-29')).not.toBeNull();
    expect(isoToDayNumber('2000-02-29')).not.toBeNull();
    expect(isoToDayNumber('1900-02-29')).toBeNull();
    expect(isoToDayNumber('2100-02-29')).toBeNull();
  });

  it.each(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-06-30', '2026-09-30', '2026-11-30', '2026-12-31'])(
    'accepts the month end %s',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
    },
  );

  it.each(['2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '26-01-05', '2026/01/05', ' 2026-01-05', '2026-01-05T00:00', ''])(
    'rejects %j',
    (d) => {
      expect(isoToDayNumber(d)).toBeNull();
    },
  );

  it('takes years below 100 literally (not as 19xx)', () => {
    expect(isoToDayNumber('0050-01-01')).not.toBeNull();
    expect(dayNumberToIso(isoToDayNumber('0050-01-01') ?? 0)).toBe('0050-01-01');
    expect(isoToDayNumber('0099-12-31')).toBe((isoToDayNumber('0100-01-01') ?? 0) - 1);
  });

  it('round-trips with dayNumberToIso', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(isoToDayNumber(dayNumberToIso(n))).toBe(n);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2026-03-01', 365)).toBe('2027-03-01');
    expect(addDays('2027-03-01', 366)).toBe('2028-03-01');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-02-28')).toBe(-10);
  });

  it('refuses to do arithmetic on a non-date', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', 'tomorrow')).toThrow(RangeError);
  });

  it('addDays(d, daysBetween(d, e)) === e', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (d, e) => {
        expect(addDays(d, daysBetween(d, e))).toBe(e);
      }),
    );
  });

  it('adding is associative and daysBetween undoes it', () => {
    const step = fc.integer({ min: -5000, max: 5000 });
    const inRange = fc.integer({ min: 0, max: 2_900_000 }).map(dayNumberToIso);
    fc.assert(
      fc.property(inRange, step, step, (d, a, b) => {
        expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
        expect(daysBetween(d, addDays(d, a))).toBe(a);
      }),
    );
  });
});

describe('weekday and yearOf', () => {
  it('knows known days', () => {
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2026-01-01')).toBe(4);
    expect(weekday('2026-10-10')).toBe(6);
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('1969-12-28')).toBe(0);
    expect(yearOf('2026-10-10')).toBe(2026);
  });

  it('agrees with Date#getUTCDay, before and after 1970', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(weekday(dayNumberToIso(n))).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('isoDateInZone', () => {
  const lateEvening = Date.UTC(2026, 0, 1, 23, 30);

  it('is the next day in Shanghai at 23:30 UTC', () => {
    expect(isoDateInZone(lateEvening, 'UTC')).toBe('2026-01-01');
    expect(isoDateInZone(lateEvening, 'Asia/Shanghai')).toBe('2026-01-02');
    expect(isoDateInZone(lateEvening, 'America/Los_Angeles')).toBe('2026-01-01');
  });

  it('changes day in Shanghai at 16:00 UTC', () => {
    expect(isoDateInZone(Date.UTC(2026, 2, 31, 15, 59, 59), 'Asia/Shanghai')).toBe('2026-03-31');
    expect(isoDateInZone(Date.UTC(2026, 2, 31, 16, 0, 0), 'Asia/Shanghai')).toBe('2026-04-01');
  });

  it('equals the UTC date in UTC and is never more than a day away elsewhere', () => {
    const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom('Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'), (t, zone) => {
        const utc = new Date(t).toISOString().slice(0, 10);
        expect(isoDateInZone(t, 'UTC')).toBe(utc);
        expect(Math.abs(daysBetween(utc, isoDateInZone(t, zone)))).toBeLessThanOrEqual(1);
      }),
    );
  });
});
