export type Locale = 'en' | 'zh_CN';

/** One feature's strings in both languages; zh_CN must define every key en has (the type checker enforces it). */
export interface Dict<K extends string> {
  en: Record<K, string>;
  zh_CN: Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(en: E, zh_CN: Record<keyof E, string>): Dict<keyof E & string> {
  return { en, zh_CN } as Dict<keyof E & string>;
}

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

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** A `t` bound to one feature's dictionary, so each bundle carries only the strings it shows. */
export function translator<K extends string>(dict: Dict<K>): Translate<K> {
  return (key, params = {}) =>
    dict[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A `{ en, zh_CN }` message object (as shared/ returns them) in the current language. */
export function localized(message: { en: string; zh_CN: string }): string {
  return message[current];
}
