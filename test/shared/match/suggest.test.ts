import fc from 'fast-check';
import { type NameCandidate, nameFeatures, prepareNameIndex, suggestCustomers } from 'shared/match';
import { describe, expect, it } from 'vitest';

const customers: NameCandidate[] = [
  { customerId: 'xinghe', name: '北京星河科技有限公司' },
  { customerId: 'xinghe-fz', name: '星河科技发展有限公司' },
  { customerId: 'lanhai', name: '蓝海贸易有限公司', aliases: ['蓝海进出口'] },
  { customerId: 'acme', name: 'Acme Trading Co., Ltd.' },
  { customerId: 'acmecorp', name: 'Acmecorp Inc.' },
  { customerId: 'other', name: '上海远大物流有限公司' },
];
const prepared = prepareNameIndex(customers);

describe('suggestCustomers', () => {
  it('scores the same normalised name 1 with reason exact', () => {
    expect(suggestCustomers('北京星河科技股份有限公司', prepared, 3)[0]).toEqual({
      customerId: 'xinghe',
      score: 1,
      reason: 'exact',
      via: 'name',
    });
  });

  it('boosts containment: 星河科技 is inside 北京星河科技有限公司', () => {
    const hits = suggestCustomers('星河科技', prepared, 5);
    expect(hits.map((h) => h.customerId).slice(0, 2).sort()).toEqual(['xinghe', 'xinghe-fz']);
    const xinghe = hits.find((h) => h.customerId === 'xinghe');
    expect(xinghe?.reason).toBe('containment');
    // Bigram Dice alone would give 2·3/(3+5) = 0.75; containment covers 4 of 6 characters.
    expect(xinghe?.score).toBeCloseTo(0.5 + 0.5 * (4 / 6), 10);
  });

  it('finds a customer through an alias', () => {
    expect(suggestCustomers('蓝海进出口有限公司', prepared, 3)[0]).toMatchObject({
      customerId: 'lanhai',
      score: 1,
      via: 'alias',
    });
  });

  it('compares Latin names by words and their trigrams', () => {
    const hits = suggestCustomers('ACME Trading', prepared, 5);
    expect(hits[0]).toMatchObject({ customerId: 'acme', score: 1 });
    expect(suggestCustomers('Acme', prepared, 5).map((h) => h.customerId)).toEqual(['acme', 'acmecorp']);
  });

  it('drops weak and unrelated candidates', () => {
    expect(suggestCustomers('完全无关的名字', prepared, 5)).toEqual([]);
    expect(suggestCustomers('远大物流', prepared, 5, { minScore: 0.99 })).toEqual([]);
  });

  it('accepts a plain candidate list as well as a prepared index', () => {
    expect(suggestCustomers('星河科技', customers, 5)).toEqual(suggestCustomers('星河科技', prepared, 5));
  });

  it('gives the same answers when asked twice (scratch counters are reset)', () => {
    const first = suggestCustomers('星河科技发展', prepared, 5);
    suggestCustomers('蓝海贸易', prepared, 5);
    expect(suggestCustomers('星河科技发展', prepared, 5)).toEqual(first);
  });

  it('keeps scores in 0..1, one entry per customer, best first', () => {
    const pieces = ['北京', '星河', '科技', '蓝海', '贸易', 'Acme', ' Trading', '有限公司', '远大', '物流'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const hits = suggestCustomers(parts.join(''), prepared, 10, { minScore: 0 });
        expect(new Set(hits.map((h) => h.customerId)).size).toBe(hits.length);
        for (const [i, h] of hits.entries()) {
          expect(h.score).toBeGreaterThan(0);
          expect(h.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(h.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 1);
        }
      }),
    );
  });
});

describe('nameFeatures', () => {
  it('uses bigrams for Chinese and words plus trigrams for Latin', () => {
    expect([...nameFeatures('星河科技有限公司')]).toEqual(['星河', '河科', '科技']);
    expect(nameFeatures('Acme Ltd').has('acme')).toBe(true);
    expect(nameFeatures('Acme Ltd').has('ltd')).toBe(false);
  });
});
