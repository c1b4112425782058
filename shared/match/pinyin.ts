import { pinyin } from 'pinyin-pro';
import { compactText, normalizeName } from './normalizeName';

/**
 * Pinyin search keys. This is the only file that imports pinyin-pro (a large dictionary): import it from the
 * background, popup or options page, never from anything a content script needs.
 */
export interface PinyinKeys {
  /** Toneless pinyin of the normalised name, lower case, ü as v: "beijingxinghekeji". */
  full: string;
  /** First letters of each Chinese syllable; other text is kept whole: "bjxhkj", "ibmzg". */
  initials: string;
}

/**
 * Pinyin keys of a company name, taken from `normalizeName(name)` so legal forms do not pad the initials.
 * pinyin-pro reads words in context, so 重庆 → chongqing, 长沙 → changsha, 银行 → yinhang.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const key = normalizeName(name);
  if (!key) return { full: '', initials: '' };
  const parts = pinyin(key, { toneType: 'none', type: 'all', v: true, nonZh: 'consecutive' });
  let full = '';
  let initials = '';
  for (const p of parts) {
    if (p.isZh) {
      full += p.pinyin;
      initials += p.first;
    } else {
      full += p.origin;
      initials += p.origin;
    }
  }
  return { full: compactText(full), initials: compactText(initials) };
}
