import { namesToSpell, pinyinMemoDocument, pinyinMemoFrom } from 'shared/search';
import { describe, expect, it } from 'vitest';

describe('pinyin memo', () => {
  const memo = new Map([
    ['北京星河科技有限公司', { full: 'beijingxinghekeji', initials: 'bjxhkj' }],
    ['星河', { full: 'xinghe', initials: 'xh' }],
    ['gone', { full: 'gone', initials: 'gone' }],
  ]);

  it('round-trips through its stored form, keeping only the names still in the ledger', () => {
    const doc = pinyinMemoDocument(memo, ['北京星河科技有限公司', '星河', 'never spelled']);
    expect(doc.names).toEqual(['北京星河科技有限公司', '星河']);
    const back = pinyinMemoFrom(structuredClone(doc));
    expect([...back]).toEqual([...memo].slice(0, 2));
  });

  it('is empty when the stored form is missing or damaged', () => {
    expect(pinyinMemoFrom(undefined).size).toBe(0);
    expect(pinyinMemoFrom({ version: 2, names: [], full: [], initials: [] }).size).toBe(0);
    expect(pinyinMemoFrom({ version: 1, names: ['a', 'b'], full: ['a'], initials: ['a', 'b'] }).size).toBe(0);
    expect(pinyinMemoFrom({ version: 1, names: ['a'], full: [1], initials: ['a'] }).size).toBe(0);
  });

  it('spells each distinct name and alias once', () => {
    const entries = [
      { customerId: '1', name: 'A', aliases: ['B', 'A'] },
      { customerId: '2', name: 'B' },
    ];
    expect(namesToSpell(entries)).toEqual(['A', 'B']);
  });
});
