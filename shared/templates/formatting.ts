import { isoToDayNumber } from '../dates';
import { formatMoney, type Money } from '../money';
import type { TemplateLocale } from './types';

/** The BCP 47 locale used for numbers and money of a template locale. */
export function intlLocale(locale: TemplateLocale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en-US';
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026年3月5日" / "March 5, 2026". Throws on a malformed date (the caller validates first). */
export function formatDate(date: string, locale: TemplateLocale): string {
  if (isoToDayNumber(date) === null) throw new RangeError(`not a yyyy-MM-dd date: ${date}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return locale === 'zh_CN' ? `${y}年${m}月${d}日` : `${EN_MONTHS[m - 1]} ${d}, ${y}`;
}

export function formatAmount(m: Money, locale: TemplateLocale): string {
  return formatMoney(m, intlLocale(locale));
}

/** "A、B 及 C" / "A, B and C". */
export function joinList(items: readonly string[], locale: TemplateLocale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(locale === 'zh_CN' ? '、' : ', ');
  return `${head}${locale === 'zh_CN' ? '及' : ' and '}${items.at(-1)}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Removes control characters except tab and line feed; CR LF and lone CR become LF. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}
