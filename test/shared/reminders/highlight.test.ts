import fc from 'fast-check';
import type { Finding } from 'shared/compliance';
import { highlightSlices } from 'shared/reminders';
import { describe, expect, it } from 'vitest';

const f = (start: number, end: number, severity: Finding['severity'] = 'block', field: Finding['field'] = 'text'): Finding => ({
  ruleId: `r${start}`,
  severity,
  message: { en: 'm', zh_CN: 'm' },
  source: { title: 's', basis: 'law' },
  span: { start, end },
  field,
});

describe('highlightSlices', () => {
  it('marks each flagged stretch with the findings covering it', () => {
    const slices = highlightSlices('abcdefgh', [f(2, 5), f(4, 7, 'warn')]);
    expect(slices.map((s) => [s.text, s.severity ?? null, s.findings.length])).toEqual([
      ['ab', null, 0],
      ['cd', 'block', 1],
      ['e', 'block', 2],
      ['fg', 'warn', 1],
      ['h', null, 0],
    ]);
  });

  it('keeps subject findings out of the text, and clips spans past the end', () => {
    expect(highlightSlices('abc', [f(0, 2, 'block', 'subject')])).toEqual([{ text: 'abc', findings: [] }]);
    expect(highlightSlices('abc', [f(1, 99)]).map((s) => s.text)).toEqual(['a', 'bc']);
  });

  it('gives the text back unchanged when joined (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 6 }), (text, spans) => {
        const slices = highlightSlices(text, spans.map(([a, b]) => f(Math.min(a, b), Math.max(a, b))));
        expect(slices.map((s) => s.text).join('')).toBe(text);
        for (const s of slices) expect(s.text.length).toBeGreaterThan(text.length === 0 ? -1 : 0);
      }),
    );
  });
});
