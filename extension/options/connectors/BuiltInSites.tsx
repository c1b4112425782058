import { connectors } from 'connectors/registry';
import { useEffect, useState } from 'preact/hooks';
import { localized } from '../../i18n';
import { t } from './messages';
import { type SiteSwitches, readSiteSwitches, setSiteEnabled } from './siteSwitches';

/** Names of the built-in sites in both languages (connector labels are one language only). */
const NAMES: Record<string, { en: string; zh_CN: string }> = {
  salesforce: { en: 'Salesforce', zh_CN: 'Salesforce' },
  'zoho-crm': { en: 'Zoho CRM', zh_CN: 'Zoho CRM' },
  fxiaoke: { en: 'Fxiaoke (纷享销客)', zh_CN: '纷享销客' },
  gmail: { en: 'Gmail', zh_CN: 'Gmail' },
  outlook: { en: 'Outlook', zh_CN: 'Outlook' },
  qqmail: { en: 'QQ Mail', zh_CN: 'QQ 邮箱' },
  mail163: { en: 'NetEase Mail (163 / 126)', zh_CN: '网易邮箱（163 / 126）' },
};

export const siteName = (id: string, fallback: string) => (NAMES[id] ? localized(NAMES[id]) : fallback);

/** One switch per built-in connector; a switched-off site's content script reads the switch and stops. */
export function BuiltInSites() {
  const [switches, setSwitches] = useState<SiteSwitches | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    readSiteSwitches().then(setSwitches, () => setSwitches({}));
  }, []);

  const toggle = async (id: string, name: string, on: boolean) => {
    setSwitches(await setSiteEnabled(id, on));
    setStatus(on ? t('switchedOn', { site: name }) : t('switchedOff', { site: name }));
  };

  return (
    <section class="card" aria-labelledby="builtin-heading">
      <h2 id="builtin-heading">{t('builtInHeading')}</h2>
      <p class="muted">{t('builtInHelp')}</p>
      <ul class="switches">
        {connectors.map((c) => {
          const name = siteName(c.id, c.label);
          return (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  data-site={c.id}
                  checked={switches?.[c.id] !== false}
                  disabled={switches === null}
                  onChange={(e) => toggle(c.id, name, e.currentTarget.checked)}
                />{' '}
                {name} <span class="muted">· {c.kind === 'crm' ? t('kindCrm') : t('kindMail')}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <p class="ok" role="status" data-testid="switch-status">
        {status}
      </p>
    </section>
  );
}
