import fc from 'fast-check';
import { BUILTIN_PACKS, CN_PACK, compact, type PhraseEntry, US_PACK } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers';

const SEPARATORS = [' ', '  ', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '.', '-', '_', '/', '·', '*', '\n', '\r\n', '，', '。', '\u3000', '|'];

/** The core wording each entry's first example is caught on, e.g. "后果自负" out of "再不还钱，后果自负！". */
function corePhrases(): { entry: PhraseEntry; phrase: string }[] {
  return CN_PACK.phrases.map((entry) => {
    const example = entry.examples[0] ?? '';
    const hit = lint(example, { pack: CN_PACK }).find((f) => f.entryId === entry.id);
    return { entry, phrase: example.slice(hit?.span?.start, hit?.span?.end) };
  });
}

const phrases = corePhrases();

describe('lint properties', () => {
  it('each entry has a core phrase to play with', () => {
    for (const p of phrases) expect(p.phrase.length, p.entry.id).toBeGreaterThan(1);
  });

  it('separators inserted between the characters of a violating phrase do not hide it, and the span covers it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.array(fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 3 }), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('请注意：', 'Dear customer, ', '', '您好 '),
        fc.constantFrom('。谢谢', ' Thanks.', '', '！'),
        ({ entry, phrase }, gaps, prefix, suffix) => {
          const chars = [...phrase];
          const mutated = chars.map((c, i) => (i === 0 ? c : (gaps[i % gaps.length] ?? []).join('') + c)).join('');
          const text = `${prefix} ${mutated} ${suffix}`;
          const hits = lint(text, { pack: CN_PACK }).filter((f) => f.ruleId === entry.ruleId);
          expect(hits.length, JSON.stringify(text)).toBeGreaterThan(0);
          const want = compact(phrase).text;
          const covered = hits.some((f) => compact(text.slice(f.span?.start, f.span?.end)).text.includes(want));
          expect(covered, JSON.stringify(text)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings, and every span lies inside the text', () => {
    const noise = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc
        .array(fc.constantFrom('老', '赖', 'dead', 'beat', '1', '3', '8', '6', '2', 'X', ' ', '-', '+', '(', ')', '\u200b', 'ａ', '😀'), {
          maxLength: 80,
        })
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(noise, fc.constantFrom(...Object.values(BUILTIN_PACKS)), (text, pack) => {
        const findings = lint(text, { pack, facts: {}, creditorPhoneNumbers: ['13812345678'] });
        for (const f of findings) {
          expect(f.span?.start).toBeGreaterThanOrEqual(0);
          expect(f.span?.end).toBeLessThanOrEqual(text.length);
          expect(f.span?.start).toBeLessThan(f.span?.end ?? 0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a compliant text stays compliant when separators are sprinkled into it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('请于5个工作日内付款', 'We will consider our options, including legal remedies available to us.'),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 5 }),
        (text, seps) => {
          const mutated = [...text].map((c, i) => (i % 3 === 0 ? (seps[i % seps.length] ?? '') + c : c)).join('');
          expect(lint(mutated, { pack: US_PACK })).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
