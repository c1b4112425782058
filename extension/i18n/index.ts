import { type MessageKey, en } from './en';
import { zh_CN } from './zh_CN';

export type Locale = 'en' | 'zh_CN';
export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, zh_CN };

/** zh_CN for any Chinese browser language, English otherwise. */
export function detectLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh_CN' : 'en';
}

let current: Locale = detectLocale();

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale = current): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en-US';
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
