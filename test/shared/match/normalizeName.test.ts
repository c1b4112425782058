import fc from 'fast-check';
import { compactText, normalizeName } from 'shared/match';
import { describe, expect, it } from 'vitest';

/** Realistic company names: optional bracketed region, core words, optional 集团, legal form, noise. */
const cjkCore = fc.constantFrom('星河科技', '华润', '中粮', '蓝海贸易', '长沙远大', '重庆银行', '深圳市腾讯计算机系统', '恒');
const latinCore = fc.constantFrom('Acme', 'Alpha Beta', 'Zinc Mining', 'Siemens', 'Coca-Cola', 'AG Partners', 'Sa');
const region = fc.constantFrom('', '(北京)', '（中国）', '[上海]', '【深圳】', '(苏州市)', '(China)', '（香港）');
const cjkSuffix = fc.constantFrom('', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '公司', '上海分公司', '（有限合伙）');
const latinSuffix = fc.constantFrom('', ' Co., Ltd.', ' Ltd', ' Inc.', ' GmbH & Co. KG', ' S.A.', ' B.V.', ' PLC', ' Company Limited', ' LLC');
const noise = fc.constantFrom('', ' ', '　', '·', '&', '-', '  ', '.', '，');
const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const realisticName = fc
  .tuple(region, fc.oneof(cjkCore, latinCore), noise, region, fc.oneof(cjkSuffix, latinSuffix), noise, fc.boolean())
  .map(([r1, core, n1, r2, suffix, n2, wide]) => {
    const s = `${r1}${core}${n1}${r2}${suffix}${n2}`;
    return wide ? toFullWidth(s) : s;
  });

describe('normalizeName', () => {
  it.each([
    ['北京星河科技有限公司', '北京星河科技'],
    ['北京星河科技股份有限公司', '北京星河科技'],
    ['北京星河科技有限责任公司', '北京星河科技'],
    ['星河公司', '星河'],
    ['西门子（中国）有限公司', '西门子'],
    ['(北京)星河科技有限公司', '星河科技'],
    ['星河科技[上海]有限公司', '星河科技'],
    ['【深圳】星河科技', '星河科技'],
    ['星河科技(苏州市)有限公司', '星河科技'],
    ['星河投资合伙企业（有限合伙）', '星河投资合伙企业'],
    ['ＡＢＣ　Ｃｏ．，Ｌｔｄ．', 'abc'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Company Limited', 'acme'],
    ['Alpha Beta Inc.', 'alphabeta'],
    ['Siemens AG', 'siemens'],
    ['Foo GmbH & Co. KG', 'foo'],
    ['Foo S.A.', 'foo'],
    ['Foo B.V.', 'foo'],
    ['Foo Pty Ltd', 'foo'],
    ['Foo K.K.', 'foo'],
    ['星河科技Co.,Ltd.', '星河科技'],
    ['株式会社ソニー', 'ソニー'],
    ['ソニー株式会社', 'ソニー'],
    ['ソニー㈱', 'ソニー'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps 集团 and strips only the 有限公司 after it', () => {
    expect(normalizeName('星河集团有限公司')).toBe('星河集团');
    expect(normalizeName('星河（集团）有限公司')).toBe('星河集团');
  });

  it('keeps a branch as a branch but drops the parent legal form inside it', () => {
    expect(normalizeName('星河科技有限公司上海分公司')).toBe('星河科技上海分公司');
    expect(normalizeName('星河科技上海分公司')).toBe('星河科技上海分公司');
  });

  it('keeps an unbracketed city: 北京星河 and 星河 may be different companies', () => {
    expect(normalizeName('北京星河有限公司')).not.toBe(normalizeName('星河有限公司'));
  });

  it('strips Latin legal forms only as whole words', () => {
    expect(normalizeName('Zinc')).toBe('zinc');
    expect(normalizeName('Pag Ltd')).toBe('pag');
    expect(normalizeName('Cosmo Inc')).toBe('cosmo');
  });

  it('never reduces a name to nothing', () => {
    expect(normalizeName('有限公司')).toBe('有限公司');
    expect(normalizeName('Co., Ltd.')).not.toBe('');
  });

  it('gives spellings of one company the same key', () => {
    const same = ['北京星河科技有限公司', '北京 星河科技 有限公司', '北京星河科技股份有限公司', '北京星河科技（有限公司）'];
    expect(new Set(same.map(normalizeName)).size).toBe(1);
  });

  it('is idempotent on realistic names', () => {
    fc.assert(
      fc.property(realisticName, (name) => {
        const once = normalizeName(name);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on mixtures of legal words, brackets and scripts', () => {
    const piece = fc.constantFrom('有限公司', '公司', '分', 'Co', 'Ltd', 'S', 'A', '(', ')', '【', '】', '北京', ' ', '.', 'ｶ', '\u0301', 'e', 'İ', 'Σ', '株式会社', '㈱');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const once = normalizeName(parts.join(''));
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves only letters, digits and marks', () => {
    fc.assert(
      fc.property(realisticName, (name) => {
        expect(normalizeName(name)).toMatch(/^[\p{L}\p{N}\p{M}]*$/u);
      }),
    );
  });
});

describe('compactText', () => {
  it('keeps legal forms and regions but drops punctuation, case and width', () => {
    expect(compactText('西门子（中国）有限公司')).toBe('西门子中国有限公司');
    expect(compactText('ＡＢＣ Co., Ltd.')).toBe('abccoltd');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(compactText(compactText(s))).toBe(compactText(s));
      }),
      { numRuns: 2000 },
    );
  });
});
