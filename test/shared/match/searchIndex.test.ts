import fc from 'fast-check';
import {
  buildSearchIndex,
  buildSearchIndexData,
  linearSearch,
  type SearchEntry,
  searchIndexFromData,
  usccCheckChar,
} from 'shared/match';
import { pinyinKeys } from 'shared/match/pinyin';
import { FIELD_RULES, SUBSTRING_MAX } from 'shared/match/searchKeys';
import { describe, expect, it } from 'vitest';

const USCC_BODY = '91110108MA01ABCD1';
const USCC = `${USCC_BODY}${usccCheckChar(USCC_BODY)}`;

function withPinyin(e: SearchEntry): SearchEntry {
  const p = pinyinKeys(e.name);
  return { ...e, pinyinFull: p.full, pinyinInitials: p.initials };
}

const entries: SearchEntry[] = [
  { customerId: 'xinghe', name: '北京星河科技有限公司', code: 'C0001', uscc: USCC, emails: ['ap@xinghe.cn'] },
  { customerId: 'xinghe-sh', name: '星河科技（上海）有限公司', code: 'C0002', aliases: ['上海星河'] },
  { customerId: 'cqbank', name: '重庆银行股份有限公司', code: 'B-77' },
  { customerId: 'acme', name: 'Acme Trading Co., Ltd.', code: 'A100', emails: ['billing@acme.com'] },
  { customerId: 'beida', name: '北大荒农垦集团有限公司', code: 'C0010' },
  { customerId: 'huarun', name: '华润万家有限公司', aliases: ['CR Vanguard'], code: 'C0100' },
].map(withPinyin);

const index = buildSearchIndex(entries);
const ids = (q: string, limit = 10) => index.search(q, limit).map((h) => h.customerId);

describe('buildSearchIndex', () => {
  it('finds exact identifiers first', () => {
    expect(index.search(USCC.toLowerCase(), 5)[0]).toMatchObject({ customerId: 'xinghe', matchedOn: 'uscc' });
    expect(index.search('c0002', 5)[0]).toMatchObject({ customerId: 'xinghe-sh', matchedOn: 'code' });
    expect(index.search('b77', 5)[0]).toMatchObject({ customerId: 'cqbank', matchedOn: 'code' });
    expect(index.search(' Billing@ACME.com ', 5)[0]).toMatchObject({ customerId: 'acme', matchedOn: 'email' });
  });

  it('finds a customer by its pinyin initials', () => {
    expect(index.search('bjxh', 5)[0]).toMatchObject({ customerId: 'xinghe', matchedOn: 'initials' });
    expect(ids('cqyh')).toEqual(['cqbank']);
  });

  it('finds by full pinyin, including a later word', () => {
    expect(index.search('beijingx', 5)[0]).toMatchObject({ customerId: 'xinghe', matchedOn: 'pinyin' });
    expect(ids('xinghe')).toContain('xinghe');
    expect(index.search('chongqing', 5)[0]).toMatchObject({ customerId: 'cqbank', matchedOn: 'pinyin' });
  });

  it('ranks a name prefix above a substring', () => {
    const hits = index.search('星河', 10);
    expect(hits.map((h) => h.customerId)).toEqual(['xinghe-sh', 'xinghe']);
    expect(hits[0]?.matchedOn).toBe('name');
  });

  it('matches names as typed, half-way through the legal form', () => {
    expect(ids('北京星河科技有')).toEqual(['xinghe']);
    expect(ids('ＡＣＭＥ trad')).toEqual(['acme']);
  });

  it('matches aliases', () => {
    expect(index.search('cr vang', 5)[0]).toMatchObject({ customerId: 'huarun', matchedOn: 'alias' });
    expect(index.search('上海星河', 5)[0]).toMatchObject({ customerId: 'xinghe-sh', matchedOn: 'alias' });
  });

  it('ranks initials above a shared name prefix when only initials fit', () => {
    // "bdh": the initials of 北大荒; no name or code starts with it.
    expect(index.search('bdh', 5)[0]).toMatchObject({ customerId: 'beida', matchedOn: 'initials' });
  });

  it('lists each customer once and honours the limit', () => {
    const hits = index.search('c', 3);
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.customerId)).size).toBe(3);
    expect(index.search('c', 0)).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('', 10)).toEqual([]);
    expect(index.search(' ，。 ', 10)).toEqual([]);
  });

  it('computes pinyin on the fly when asked to', () => {
    const bare = entries.map(({ pinyinFull: _f, pinyinInitials: _i, ...e }) => e);
    expect(buildSearchIndex(bare).search('bjxh', 5)).toEqual([]);
    expect(buildSearchIndex(bare, { pinyinOf: pinyinKeys }).search('bjxh', 5)[0]?.customerId).toBe('xinghe');
  });

  it('is plain data that survives structuredClone and JSON', () => {
    const data = buildSearchIndexData(entries);
    for (const copy of [structuredClone(data), JSON.parse(JSON.stringify(data))]) {
      const again = searchIndexFromData(copy);
      for (const q of ['bjxh', '星河', USCC, 'acme', 'c']) expect(again.search(q, 10)).toEqual(index.search(q, 10));
    }
  });
});

describe('index and linear scan agree', () => {
  const syllables = ['北', '京', '星', '河', '科', '技', '长', '沙', '银', '行', '华', 'A', 'b', 'Co', ' ', '（北京）', '有限公司'];
  const name = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
  const entry = fc.record({
    name,
    aliases: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }),
    code: fc.option(fc.stringMatching(/^[A-C]-?[0-9]{1,3}$/), { nil: undefined }),
    emails: fc.option(fc.array(fc.constantFrom('a@x.cn', 'b@x.cn', 'ap@y.com'), { maxLength: 2 }), { nil: undefined }),
  });
  const entryList = fc
    .array(entry, { maxLength: 30 })
    .map((list) => list.map((e, i) => withPinyin({ customerId: `c${i}`, ...e })));
  const query = fc.oneof(
    name,
    fc.stringMatching(/^[a-z]{1,5}$/),
    fc.constantFrom('bj', 'xinghe', 'a@x.cn', 'a-1', 'ke', '科技', '北京星'),
  );

  it('returns the same hits in the same order', () => {
    fc.assert(
      fc.property(entryList, query, fc.integer({ min: 1, max: 12 }), (list, q, limit) => {
        expect(buildSearchIndex(list).search(q, limit)).toEqual(linearSearch(list, q, limit));
      }),
      { numRuns: 300 },
    );
  });
});

describe('score tiers', () => {
  it('keep every substring score below every prefix or exact score (the index relies on it)', () => {
    for (const rule of FIELD_RULES) {
      if (rule.substring !== undefined) expect(rule.substring + 100).toBeLessThanOrEqual(SUBSTRING_MAX);
      if (rule.prefix !== undefined) expect(rule.prefix).toBeGreaterThan(SUBSTRING_MAX);
      if (rule.exact !== undefined) expect(rule.exact).toBeGreaterThan(SUBSTRING_MAX);
    }
  });
});
