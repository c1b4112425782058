import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agingOf,
  convertAging,
  convertMinor,
  divideHalfEven,
  invertRate,
  parseRate,
  type RateTable,
  rateBetween,
  rateText,
} from 'shared/aging';
import { minorDigits } from 'shared/money';
import { creditNote, invoice } from './invoiceFactory';

const table: RateTable = {
  base: 'CNY',
  rates: { USD: '7.1234', JPY: { numerator: 475, denominator: 10_000 } },
  asOf: '2026-03-01',
  source: 'test table',
};

describe('exact rates', () => {
  it('parses decimals and ratios exactly and rejects everything else', () => {
    expect(parseRate('7.1234')).toEqual({ num: 35617n, den: 5000n });
    expect(parseRate({ numerator: '2', denominator: 4 })).toEqual({ num: 1n, den: 2n });
    for (const bad of ['abc', '-1', '0', '0.000', '1e3', '', '.5', '1.']) expect(parseRate(bad)).toBeNull();
    expect(parseRate({ numerator: 0, denominator: 1 })).toBeNull();
    expect(parseRate({ numerator: 1, denominator: 0 })).toBeNull();
    expect(parseRate({ numerator: 1.5, denominator: 1 })).toBeNull();
  });

  it('crosses rates through the base', () => {
    const usdJpy = rateBetween(table, 'USD', 'JPY')!;
    // (7.1234 / 1) / (475 / 10000) = 71234 / 475, reduced.
    expect(usdJpy).toEqual({ num: 71234n, den: 475n });
    expect(Number(usdJpy.num) / Number(usdJpy.den)).toBeCloseTo(7.1234 / 0.0475, 9);
    expect(rateBetween(table, 'CNY', 'CNY')).toEqual({ num: 1n, den: 1n });
    expect(rateBetween(table, 'EUR', 'CNY')).toBeNull();
  });

  it('prints rates as decimals when finite', () => {
    expect(rateText({ num: 35617n, den: 5000n })).toBe('7.1234');
    expect(rateText({ num: 1n, den: 4n })).toBe('0.25');
    expect(rateText({ num: 3n, den: 1n })).toBe('3');
    expect(rateText({ num: 1n, den: 3n })).toBe('1/3');
  });

  it('rounds half to even, symmetrically', () => {
    expect([5n, 7n, -5n, -7n, 6n, 1n].map((n) => divideHalfEven(n, 2n))).toEqual([2n, 4n, -2n, -4n, 3n, 0n]);
    expect(divideHalfEven(10n, 3n)).toBe(3n);
    expect(divideHalfEven(11n, 3n)).toBe(4n);
    expect(divideHalfEven(7n, -2n)).toBe(-4n);
  });

  it('converts between currencies with different minor units (JPY has none)', () => {
    const jpy = parseRate('0.045')!;
    expect(convertMinor(1, 'JPY', 'CNY', jpy)).toBe(4); // 4.5 fen → 4 (even)
    expect(convertMinor(3, 'JPY', 'CNY', jpy)).toBe(14); // 13.5 fen → 14 (even)
    expect(convertMinor(100_00, 'CNY', 'JPY', invertRate(jpy))).toBe(2222); // 2222.22 yen
    expect(convertMinor(1_000, 'KWD', 'CNY', parseRate('23.5')!)).toBe(2350); // 1.000 KWD
    expect(() => convertMinor(0.5, 'CNY', 'USD', jpy)).toThrow(RangeError);
  });
});

describe('convertAging', () => {
  it('adds currencies only through the rates given and marks the result as converted', () => {
    const aging = agingOf(
      [
        invoice({ dueDate: '2026-01-01', openAmount: 100_00, currency: 'USD' }),
        invoice({ dueDate: '2026-03-01', openAmount: 10_000, currency: 'JPY' }),
        invoice({ dueDate: '2026-02-15', openAmount: 50_00, currency: 'CNY', disputed: true }),
        creditNote({ dueDate: '2026-01-01', openAmount: -20_00, currency: 'CNY' }),
        invoice({ dueDate: '2026-01-01', openAmount: 9_00, currency: 'EUR' }),
      ],
      '2026-03-01',
    );
    const c = convertAging(aging, table);
    expect(c.converted).toBe(true);
    expect(c.base).toBe('CNY');
    expect(c.ratesSource).toBe('test table');
    expect(c.rates).toEqual([
      { currency: 'CNY', rate: '1' },
      { currency: 'JPY', rate: '0.0475' },
      { currency: 'USD', rate: '7.1234' },
    ]);
    expect(c.unconverted.map((u) => u.currency)).toEqual(['EUR']);
    expect(c.buckets.map((b) => b.amount)).toEqual([475_00, 0, 712_34, 0, 0]);
    expect(c.disputed.amount).toBe(50_00);
    expect(c.unappliedCredit).toBe(-20_00);
    expect(c.open).toBe(475_00 + 712_34 + 50_00 - 20_00);
    expect(c.overdue).toBe(712_34);
  });

  it('keeps the bucket invariant and stays within half a minor unit per figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        fc.bigInt({ min: 1n, max: 100_000n }),
        fc.integer({ min: 0, max: 6 }),
        (amounts, currency, num, scale) => {
          const rates: RateTable = {
            base: 'CNY',
            rates: { [currency]: { numerator: String(num), denominator: String(10n ** BigInt(scale)) } },
            asOf: '2026-01-01',
            source: 'p',
          };
          const invs = amounts.map((a, i) =>
            invoice({ dueDate: `2026-0${(i % 9) + 1}-01`, openAmount: a, currency, disputed: i % 3 === 0 }),
          );
          const c = convertAging(agingOf(invs, '2026-06-15'), rates);
          const sum = c.buckets.reduce((s, b) => s + b.amount, 0);
          expect(sum + c.disputed.amount + c.unappliedCredit).toBe(c.open);
          expect(c.disputed.buckets.reduce((s, b) => s + b.amount, 0)).toBe(c.disputed.amount);
          const rate = rateBetween(rates, currency, 'CNY')!;
          const shift = minorDigits('CNY') - minorDigits(currency);
          for (const a of amounts) {
            const out = BigInt(convertMinor(a, currency, 'CNY', rate));
            // |out − a·k| ≤ ½, with k the exact minor-to-minor factor, checked in integers.
            const exactNum = BigInt(a) * rate.num * (shift > 0 ? 10n ** BigInt(shift) : 1n);
            const exactDen = rate.den * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
            const err = out * exactDen - exactNum;
            expect((err < 0n ? -err : err) * 2n <= exactDen).toBe(true);
          }
        },
      ),
    );
  });

  it('round-trips within the documented bound ⌊½ + ½/k⌋', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.constantFrom('CNY', 'JPY', 'KWD', 'USD'),
        fc.constantFrom('CNY', 'JPY', 'KWD', 'USD'),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 8 }),
        (amount, from, to, num, scale) => {
          const rate = parseRate({ numerator: num, denominator: 10 ** scale })!;
          const shift = minorDigits(to) - minorDigits(from);
          // Stay where both directions fit in safe integers (convertMinor throws beyond).
          fc.pre(Math.abs(amount) * Math.max(num / 10 ** scale, 1) * 10 ** Math.max(shift, 0) < 2 ** 52);
          const there = convertMinor(amount, from, to, rate);
          const back = convertMinor(there, to, from, invertRate(rate));
          // k = rate × 10^(digits(to) − digits(from)); bound = ⌊½ + ½/k⌋ = ⌊(k + 1) / 2k⌋.
          const kNum = rate.num * (shift > 0 ? 10n ** BigInt(shift) : 1n);
          const kDen = rate.den * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
          const bound = (kNum + kDen) / (2n * kNum);
          const diff = BigInt(back - amount);
          expect((diff < 0n ? -diff : diff) <= bound).toBe(true);
        },
      ),
    );
  });
});
