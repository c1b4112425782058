import fc from 'fast-check';
import { addDays, CN_CALENDAR_2026, createCalendar, dayNumberToIso, isoToDayNumber } from 'shared/dates';
import { describe, expect, it } from 'vitest';

const cn = createCalendar(CN_CALENDAR_2026);
const day2026 = fc
  .integer({ min: isoToDayNumber('2026-01-01') ?? 0, max: isoToDayNumber('2026-12-31') ?? 0 })
  .map(dayNumberToIso);

describe('CN 2026 calendar', () => {
  it('knows the National Day holiday and its make-up Saturday', () => {
    expect(cn.kindOf('2026-10-01')).toBe('holiday');
    expect(cn.holidayName('2026-10-01')).toBe('国庆节');
    expect(cn.isBusinessDay('2026-10-07')).toBe(false);
    expect(cn.kindOf('2026-10-10')).toBe('makeup-workday');
    expect(cn.isBusinessDay('2026-10-10')).toBe(true);
    expect(cn.kindOf('2026-10-11')).toBe('weekend');
  });

  it('knows the Spring Festival make-up Saturday', () => {
    expect(cn.kindOf('2026-02-14')).toBe('makeup-workday');
    expect(cn.isBusinessDay('2026-02-14')).toBe(true);
    expect(cn.kindOf('2026-02-23')).toBe('holiday');
    expect(cn.kindOf('2026-02-24')).toBe('workday');
  });

  it('treats ordinary days by the weekend rule', () => {
    expect(cn.kindOf('2026-03-07')).toBe('weekend');
    expect(cn.kindOf('2026-03-09')).toBe('workday');
  });

  it('answers unknown, never a guess, outside its years', () => {
    expect(cn.kindOf('2027-01-04')).toBe('unknown');
    expect(cn.isBusinessDay('2027-01-04')).toBeNull();
    expect(cn.isBusinessDay('2025-12-31')).toBeNull();
    expect(cn.rollToBusinessDay('2027-01-04')).toBeNull();
    expect(cn.addBusinessDays('2026-12-31', 1)).toBeNull();
  });

  it('rolls over the National Day week', () => {
    expect(cn.rollToBusinessDay('2026-10-01')).toBe('2026-10-08');
    expect(cn.rollToBusinessDay('2026-10-04')).toBe('2026-10-08');
    expect(cn.rollToBusinessDay('2026-10-04', -1)).toBe('2026-09-30');
    expect(cn.rollToBusinessDay('2026-10-08')).toBe('2026-10-08');
    // Mid-Autumn (25–27 Sept) then a normal Monday.
    expect(cn.rollToBusinessDay('2026-09-26')).toBe('2026-09-28');
  });

  it('adds business days across the Spring Festival', () => {
    expect(cn.addBusinessDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cn.addBusinessDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cn.addBusinessDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(cn.addBusinessDays('2026-02-24', -2)).toBe('2026-02-13');
    expect(cn.addBusinessDays('2026-02-10', 0)).toBe('2026-02-10');
  });

  it('refuses a fractional number of business days', () => {
    expect(() => cn.addBusinessDays('2026-02-10', 1.5)).toThrow(RangeError);
  });

  it('adding n then −n business days lands on the first business day on or before the start', () => {
    fc.assert(
      fc.property(day2026, fc.integer({ min: 1, max: 20 }), (d, n) => {
        const there = cn.addBusinessDays(d, n);
        fc.pre(there !== null);
        const back = cn.addBusinessDays(there, -n);
        fc.pre(back !== null);
        expect(back).toBe(cn.rollToBusinessDay(d, -1));
        expect(cn.isBusinessDay(there)).toBe(true);
      }),
    );
  });

  it('rolled days are business days no further than the next one', () => {
    fc.assert(
      fc.property(day2026, (d) => {
        const rolled = cn.rollToBusinessDay(d);
        fc.pre(rolled !== null);
        expect(cn.isBusinessDay(rolled)).toBe(true);
        for (let x = d; x < rolled; x = addDays(x, 1)) expect(cn.isBusinessDay(x)).toBe(false);
      }),
    );
  });

  it('has 2026 business-day totals consistent with the notice', () => {
    let holidays = 0;
    let makeups = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (cn.kindOf(d) === 'holiday') holidays++;
      if (cn.kindOf(d) === 'makeup-workday') makeups++;
    }
    // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off, 6 make-up working days (notice of 2025-11-04).
    expect(holidays).toBe(33);
    expect(makeups).toBe(6);
  });
});
