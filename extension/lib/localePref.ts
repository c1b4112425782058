import { browser } from 'wxt/browser';
import { type Locale, detectLocale, setLocale } from '../i18n';

export type LocaleChoice = Locale | 'auto';
const KEY = 'locale';

/** Applies the user's language choice (or the browser's language) and returns the choice. */
export async function applyLocalePreference(): Promise<LocaleChoice> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const choice: LocaleChoice = stored === 'en' || stored === 'zh_CN' ? stored : 'auto';
  setLocale(choice === 'auto' ? detectLocale() : choice);
  return choice;
}

export async function saveLocalePreference(choice: LocaleChoice): Promise<void> {
  await browser.storage.local.set({ [KEY]: choice });
  setLocale(choice === 'auto' ? detectLocale() : choice);
}
