import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyFromText, parseAmountText } from 'shared/import';
import { decimalToMinor, minorToDecimal } from 'shared/money';

describe('parseAmountText', () => {
  it.each([
    ['¥1,234.50', '1234.50', 'CNY'],
    ['￥1,234.50', '1234.50', 'CNY'],
    ['1,234.50元', '1234.50', 'CNY'],
    ['RMB 1,234.50', '1234.50', 'CNY'],
    ['(1,234.50)', '-1234.50', undefined],
    ['¥(1,234.50)', '-1234.50', 'CNY'],
    ['-1234.5', '-1234.5', undefined],
    ['1234.5-', '-1234.5', undefined],
    ['−12', '-12', undefined],
    ['1.234,50 €', '1234.50', 'EUR'],
    ['£12.00', '12.00', 'GBP'],
    ['HK$1,000', '1000', 'HKD'],
    ['US$ 9.99', '9.99', 'USD'],
    ['１２３４', '1234', undefined],
    ['１，２３４．５０', '1234.50', undefined],
    ['1 234,50', '1234.50', undefined],
    ['1,5', '1.5', undefined],
    ['1,234,567', '1234567', undefined],
    ['1.234.567', '1234567', undefined],
    ['EUR 10', '10', 'EUR'],
    ['10 USD', '10', 'USD'],
    ['.5', '0.5', undefined],
  ])('%s → %s %s', (text, decimal, currency) => {
    const r = parseAmountText(text, null);
    expect(r?.decimal).toBe(decimal);
    expect(r?.currency).toBe(currency);
  });

  it('marks a bare dollar as an assumption', () => {
    expect(parseAmountText('$1,200.00', null)).toEqual({ decimal: '1200.00', bareDollar: true, symbol: '$' });
  });

  it('lets the file decide what 1,234 and 1.234 mean', () => {
    expect(parseAmountText('1,234', null)?.decimal).toBe('1234');
    expect(parseAmountText('1,234', ',')?.decimal).toBe('1.234');
    expect(parseAmountText('1.234', ',')?.decimal).toBe('1234');
    expect(parseAmountText('1.234', '.')?.decimal).toBe('1.234');
  });

  it.each(['abc', '', '1.2.3,4,5', '12abc', '$', '--', '1,23.4,5', 'NaN', '1e5'])('rejects %s', (text) => {
    expect(parseAmountText(text, null)).toBeNull();
  });

  it('formats written with thousands separators parse back to the exact minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom('CNY', 'USD', 'JPY', 'KWD'), (minor, currency) => {
        const plain = minorToDecimal(minor, currency);
        const grouped = plain.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+$)/g, ','));
        const parsed = parseAmountText(minor < 0 ? `(${grouped.slice(1)})` : grouped, '.');
        expect(parsed && decimalToMinor(parsed.decimal, currency)).toBe(minor);
      }),
    );
  });
});

describe('currencyFromText', () => {
  it('knows codes and common names but not made-up codes', () => {
    expect(currencyFromText('usd')).toBe('USD');
    expect(currencyFromText('人民币')).toBe('CNY');
    expect(currencyFromText('RMB')).toBe('CNY');
    expect(currencyFromText('港币')).toBe('HKD');
    expect(currencyFromText('XYZ')).toBeNull();
    expect(currencyFromText('dollars')).toBeNull();
  });
});
