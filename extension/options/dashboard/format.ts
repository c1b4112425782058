import { minorDigits } from 'shared/money';
import { intlLocale } from '../../i18n';
import { t as uiT } from '../../ui/messages';
import { BUCKET_LABEL_KEY, BUCKET_TONE } from '../../ui/severity';

export function bucketLabel(id: string): string {
  const key = BUCKET_LABEL_KEY[id as keyof typeof BUCKET_LABEL_KEY];
  return key ? uiT(key) : id;
}

export function bucketTone(id: string): string {
  return BUCKET_TONE[id] ?? 'ok';
}

/** Short axis label ("¥1.2M", "1.2万"); for reading a chart only, the tables carry the exact amounts. */
export function fmtCompact(minor: number, currency: string): string {
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(minor / 10 ** minorDigits(currency));
}

export function fmtDays(n: number): string {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(n);
}
