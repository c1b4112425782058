import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { type LocaleChoice, saveLocalePreference } from '../lib/localePref';
import { ImportPanel } from './ImportPanel';

export function OptionsApp({ initialLocale }: { initialLocale: LocaleChoice }) {
  const [locale, setLocale] = useState<LocaleChoice>(initialLocale);
  const change = async (choice: LocaleChoice) => {
    await saveLocalePreference(choice);
    setLocale(choice);
  };
  return (
    <div class="page" key={locale}>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <label>
          {t('language')}{' '}
          <select value={locale} onChange={(e) => change(e.currentTarget.value as LocaleChoice)}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="zh_CN">简体中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        <h2 class="section-title">{t('sectionData')}</h2>
        <ImportPanel />
      </main>
    </div>
  );
}
