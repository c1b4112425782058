import fc from 'fast-check';
import type { Finding } from 'shared/compliance';
import { TEMPLATE_VARIABLES, validateTemplate } from 'shared/templates';
import { describe, expect, it } from 'vitest';
import { markSlices } from '../../../extension/options/templates/highlight';
import { insertAt, paletteItems } from '../../../extension/options/templates/palette';

const finding = (start: number, end: number, ruleId = 'wording.threat'): Finding => ({
  ruleId,
  severity: 'block',
  message: { en: 'x', zh_CN: 'x' },
  source: { title: 't', basis: 'law' },
  span: { start, end },
});

describe('markSlices', () => {
  it('cuts marked slices out of the text in order', () => {
    const slices = markSlices('如果再不付款，我们将上门找你', [finding(10, 14)]);
    expect(slices.map((s) => [s.text, s.finding?.ruleId])).toEqual([
      ['如果再不付款，我们将', undefined],
      ['上门找你', 'wording.threat'],
    ]);
  });

  it('keeps every character exactly once, whatever the spans (overlapping, unsorted, out of range)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: 0, max: 20 })), { maxLength: 6 }), (text, spans) => {
        const slices = markSlices(
          text,
          spans.map(([start, len]) => finding(start, start + len)),
        );
        expect(slices.map((s) => s.text).join('')).toBe(text);
        expect(slices.every((s) => s.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('variables palette', () => {
  it('offers only insertions that validate as a template body', () => {
    const items = paletteItems();
    expect(items.map((i) => i.path)).toEqual(expect.arrayContaining(['customer.name', 'invoices', 'invoiceTable', 'optOut', 'promise.date']));
    expect(items.length).toBeGreaterThan(Object.keys(TEMPLATE_VARIABLES).length);
    for (const item of items) {
      const errors = validateTemplate({ channel: 'email', subject: 's', body: `a ${item.insert} b` });
      expect(errors, item.path).toEqual([]);
    }
  });

  it('inserts at the caret or over the selection and puts the caret after the insertion', () => {
    expect(insertAt('尊敬的，您好', 3, 3, '{{contact.name}}')).toEqual({ value: '尊敬的{{contact.name}}，您好', caret: 19 });
    expect(insertAt('abcdef', 1, 4, 'X')).toEqual({ value: 'aXef', caret: 2 });
    expect(insertAt('abc', 10, 20, 'X')).toEqual({ value: 'abcX', caret: 4 });
  });
});
