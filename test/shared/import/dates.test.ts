import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDateCell } from 'shared/import';

const ok = (date: string) => ({ ok: true, date });

describe('parseDateCell', () => {
  it.each([
    ['2025-09-11', ok('2025-09-11')],
    ['2025/9/11', ok('2025-09-11')],
    ['2025.9.11', ok('2025-09-11')],
    ['2025年9月11日', ok('2025-09-11')],
    ['２０２５年９月１１日', ok('2025-09-11')],
    ['2025-09-11 00:00:00', ok('2025-09-11')],
    ['2025-09-11T08:30:00Z', ok('2025-09-11')],
    ['20250911', ok('2025-09-11')],
    ['11 Sep 2025', ok('2025-09-11')],
    ['11-Sep-2025', ok('2025-09-11')],
    ['September 11, 2025', ok('2025-09-11')],
    ['45911', ok('2025-09-11')],
    ['25/09/2025', ok('2025-09-25')],
    ['09/25/2025', ok('2025-09-25')],
    ['09/09/2025', ok('2025-09-09')],
  ])('reads %s', (text, expected) => {
    expect(parseDateCell(text, null)).toEqual(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '31/31/2025', 'soon', '', '12', '11 Foo 2025', '2025/9'])('rejects %s', (text) => {
    expect(parseDateCell(text, null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses to guess 09/11/2025 without an order, and reads it with one', () => {
    expect(parseDateCell('09/11/2025', null)).toEqual({ ok: false, reason: 'ambiguous' });
    expect(parseDateCell('09/11/2025', 'DMY')).toEqual(ok('2025-11-09'));
    expect(parseDateCell('09/11/2025', 'MDY')).toEqual(ok('2025-09-11'));
    expect(parseDateCell('09.11.2025', 'DMY')).toEqual(ok('2025-11-09'));
  });

  it('a value contradicting the chosen order is invalid rather than silently flipped', () => {
    expect(parseDateCell('25/09/2025', 'MDY')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes the UTC day of Date cells and epoch milliseconds', () => {
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 11)), null)).toEqual(ok('2025-09-11'));
    // float noise a millisecond before midnight is still the next day
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 11) - 1), null)).toEqual(ok('2025-09-11'));
    expect(parseDateCell(Date.UTC(2025, 8, 11, 15), null)).toEqual(ok('2025-09-11'));
    expect(parseDateCell(45911, null)).toEqual(ok('2025-09-11'));
  });
});

describe('excelSerialToIso', () => {
  it('follows the 1900 system with its phantom 1900-02-29', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(excelSerialToIso(45911.75)).toBe('2025-09-11');
    expect(excelSerialToIso(0)).toBeNull();
  });

  it('consecutive serials after March 1900 are consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (n) => {
        const a = Date.parse(excelSerialToIso(n) ?? '');
        const b = Date.parse(excelSerialToIso(n + 1) ?? '');
        expect(b - a).toBe(86_400_000);
      }),
    );
  });

  it('round-trips every ISO date written in the usual Chinese forms', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number);
        expect(parseDateCell(`${y}年${m}月${day}日`, null)).toEqual(ok(iso));
        expect(parseDateCell(`${y}/${m}/${day}`, null)).toEqual(ok(iso));
        expect(parseDateCell(iso, null)).toEqual(ok(iso));
      }),
    );
  });
});
