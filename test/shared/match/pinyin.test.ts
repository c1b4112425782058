import { pinyinKeys } from 'shared/match/pinyin';
import { describe, expect, it } from 'vitest';

describe('pinyinKeys', () => {
  it('gives toneless full pinyin and initials of the normalised name', () => {
    expect(pinyinKeys('北京星河科技有限公司')).toEqual({ full: 'beijingxinghekeji', initials: 'bjxhkj' });
  });

  it('reads polyphonic characters in context', () => {
    expect(pinyinKeys('重庆银行股份有限公司')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' });
    expect(pinyinKeys('长沙远大有限公司').full).toBe('changshayuanda');
  });

  it('keeps other text as normalised ASCII, whole in the initials', () => {
    expect(pinyinKeys('IBM（中国）有限公司')).toEqual({ full: 'ibm', initials: 'ibm' });
    expect(pinyinKeys('ＡＢＣ科技')).toEqual({ full: 'abckeji', initials: 'abckj' });
    expect(pinyinKeys('Acme Trading Co., Ltd.')).toEqual({ full: 'acmetrading', initials: 'acmetrading' });
  });

  it('writes ü as v, as people type it', () => {
    expect(pinyinKeys('绿地').full).toBe('lvdi');
  });

  it('returns empty keys for an empty name', () => {
    expect(pinyinKeys('  ')).toEqual({ full: '', initials: '' });
  });
});
