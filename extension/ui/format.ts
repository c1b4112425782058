import { type Money, formatMoney } from 'shared/money';
import { intlLocale } from '../i18n';

export function fmtMoney(m: Money): string {
  return formatMoney(m, intlLocale());
}

export function fmtPercent(basisPoints: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(basisPoints / 10_000);
}

/** "3 days ago" style age of the data, in the UI language. */
export function fmtAge(since: number, now: number): string {
  const days = Math.floor((now - since) / 86_400_000);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  if (days >= 1) return rtf.format(-days, 'day');
  const hours = Math.floor((now - since) / 3_600_000);
  return hours >= 1 ? rtf.format(-hours, 'hour') : rtf.format(-Math.max(0, Math.floor((now - since) / 60_000)), 'minute');
}
