import fc from 'fast-check';
import Papa from 'papaparse';
import { csvField, neutralizeFormula, toCsv } from 'shared/export';
import { describe, expect, it } from 'vitest';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', delimiter: ',' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV writer', () => {
  it('quotes fields holding commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('plain')).toBe('plain');
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2');
  });

  it('writes a BOM only when asked, so Excel reads UTF-8 Chinese', () => {
    expect(toCsv([['客户']], { bom: true })).toBe('\uFEFF客户');
    expect(toCsv([['客户']])).toBe('客户');
  });

  it('neutralises formula cells but keeps our own negative numbers numeric', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r\n=1')).toBe(`"'\r\n=1"`);
    expect(csvField(-1250)).toBe('-1250');
    expect(csvField(null)).toBe('');
    expect(neutralizeFormula('safe=1')).toBe('safe=1');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('any string round-trips through a CSV parser, prefixed with a quote only when it starts dangerously', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(fc.constantFrom(...DANGEROUS), fc.string()).map(([a, b]) => a + b),
      fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', '客', ' ', '=') }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, bom) => {
        const csv = toCsv(
          rows.map(([a, b]) => ['k', a, b]),
          { bom },
        );
        const parsed = parse(csv);
        expect(parsed).toHaveLength(rows.length);
        rows.forEach(([a, b], i) => {
          for (const [original, got] of [
            [a, parsed[i]?.[1]],
            [b, parsed[i]?.[2]],
          ] as const) {
            const expected = DANGEROUS.some((d) => original.startsWith(d)) ? `'${original}` : original;
            expect(got).toBe(expected);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
