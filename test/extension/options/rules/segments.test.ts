import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthGrid, shiftMonth } from '../../../../extension/options/rules/monthGrid';
import { segmentsOf } from '../../../../extension/options/rules/segments';

describe('segmentsOf', () => {
  it('cuts overlapping spans into pieces that list every finding covering them', () => {
    const segs = segmentsOf('abcdefgh', [{ start: 1, end: 4 }, undefined, { start: 3, end: 6 }]);
    expect(segs.map((s) => [s.text, s.findings])).toEqual([
      ['a', []],
      ['bc', [0]],
      ['d', [0, 2]],
      ['ef', [2]],
      ['gh', []],
    ]);
  });

  it('pieces always rebuild the original text, spans clipped to it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 45 }), end: fc.integer({ min: -5, max: 45 }) }), { maxLength: 6 }),
        (text, spans) => {
          const segs = segmentsOf(text, spans);
          expect(segs.map((s) => s.text).join('')).toBe(text);
          for (const s of segs) expect(s.end).toBeGreaterThan(s.start);
        },
      ),
    );
  });
});

describe('monthGrid', () => {
  it('lays a month out in Monday-first weeks', () => {
    const weeks = monthGrid(2026, 2);
    // 1 February 2026 is a Sunday: six empty cells before it.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('shifts months across years', () => {
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 11, -23)).toEqual({ year: 2024, month: 12 });
  });
});
