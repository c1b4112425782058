import fc from 'fast-check';
import { isValidUscc, normalizeUscc, usccCheckChar } from 'shared/match';
import { describe, expect, it } from 'vitest';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const alphabetChar = fc.constantFrom(...ALPHABET);
/** 17 characters shaped like a real code: registration authority, entity type, 6-digit region, 9-char org code. */
const body = fc
  .tuple(
    fc.constantFrom('1', '5', '9', 'Y'),
    fc.constantFrom('1', '2', '3', '9'),
    fc.stringMatching(/^[0-9]{6}$/),
    fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, region, org]) => `${a}${b}${region}${org.join('')}`);
const validCode = body.map((b) => `${b}${usccCheckChar(b)}`);

describe('unified social credit code', () => {
  it('accepts the example printed in GB 32100-2015', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character by hand for a simple body', () => {
    // Only the last position is non-zero: value 1 × weight 28 = 28; 31 − 28 = 3.
    expect(usccCheckChar('00000000000000001')).toBe('3');
    // All zeros: sum 0, 31 − 0 = 31, which wraps to 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
    // "Y" is value 30 at weight 1: 30 mod 31 = 30, 31 − 30 = 1.
    expect(usccCheckChar('Y0000000000000000')).toBe('1');
  });

  it('normalises case, full-width forms, spaces and hyphens', () => {
    expect(normalizeUscc(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
    expect(isValidUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(true);
    expect(isValidUscc('91350100m000100y43')).toBe(true);
    expect(isValidUscc('9135-0100-M000-100Y43')).toBe(true);
  });

  it.each([
    ['wrong check character', '91350100M000100Y44'],
    ['too short', '91350100M000100Y4'],
    ['too long', '91350100M000100Y433'],
    ['letter outside the alphabet (I)', '91350100I000100Y43'],
    ['letter outside the alphabet (O)', '91350100O000100Y43'],
    ['empty', ''],
    ['old 15-digit registration number', '110000000000001'],
  ])('rejects %s', (_, code) => {
    expect(isValidUscc(code)).toBe(false);
  });

  it('refuses a body that is not 17 characters of the alphabet', () => {
    expect(usccCheckChar('1234')).toBeUndefined();
    expect(usccCheckChar('9135010OM000100Y4')).toBeUndefined();
  });

  it('accepts every code built with the check function', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(isValidUscc(code)).toBe(true);
      }),
    );
  });

  it('detects any single-character change', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), alphabetChar, (code, position, replacement) => {
        fc.pre(code[position] !== replacement);
        const changed = `${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
        expect(isValidUscc(changed)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
