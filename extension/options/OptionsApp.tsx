import { useEffect, useState } from 'preact/hooks';
import { localized } from '../i18n';
import { type LocaleChoice, saveLocalePreference } from '../lib/localePref';
import { t } from './messages';
import { SECTIONS } from './sections';

function sectionFromHash(): string {
  const id = location.hash.slice(1);
  return SECTIONS.some((s) => s.id === id) ? id : SECTIONS[0]!.id;
}

/** One page with a section per job; the URL hash (#data, #rules, …) names the open section. */
export function OptionsApp({ initialLocale }: { initialLocale: LocaleChoice }) {
  const [locale, setLocale] = useState<LocaleChoice>(initialLocale);
  const [section, setSection] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const change = async (choice: LocaleChoice) => {
    await saveLocalePreference(choice);
    document.documentElement.lang = choice === 'zh_CN' ? 'zh-CN' : choice === 'en' ? 'en' : navigator.language;
    setLocale(choice);
  };
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;
  const Section = current.component;
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
      <div class="layout">
        <nav aria-label={t('optionsTitle')} class="sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === current.id ? 'page' : undefined} data-section={s.id}>
                  {localized(s.title)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id={`section-${current.id}`} aria-labelledby="section-title">
          <h2 class="section-title" id="section-title">
            {localized(current.title)}
          </h2>
          <Section />
        </main>
      </div>
    </div>
  );
}
