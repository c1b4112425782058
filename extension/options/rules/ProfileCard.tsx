import type { Profile } from 'shared/compliance';
import type { ActiveRulePack } from 'shared/db/rulePackRepo';
import { intlLocale, localized } from '../../i18n';
import { basisLabel, sourceText } from './format';
import { t } from './messages';

const PROFILES: { id: Profile; key: 'profileCN' | 'profileUS' | 'profileEU' }[] = [
  { id: 'CN', key: 'profileCN' },
  { id: 'US', key: 'profileUS' },
  { id: 'EU', key: 'profileEU' },
];

/** The active compliance profile and the identity and sources of its rule pack. */
export function ProfileCard({ active, onProfile }: { active: ActiveRulePack; onProfile: (p: Profile) => void }) {
  const { pack, cached } = active;
  return (
    <section class="card" aria-labelledby="rules-profile">
      <h2 id="rules-profile">{t('profileHeading')}</h2>
      <label class="field">
        {t('profileLabel')}{' '}
        <select id="rules-profile-select" value={pack.profile} onChange={(e) => onProfile(e.currentTarget.value as Profile)}>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.key)}
            </option>
          ))}
        </select>
      </label>
      <dl class="pack-facts" data-pack={pack.id} data-version={pack.version}>
        <dt>{t('packId')}</dt>
        <dd>
          {localized(pack.name)} · <code>{pack.id}</code>
        </dd>
        <dt>{t('packVersion')}</dt>
        <dd>{pack.version}</dd>
        <dt>{t('packPublished')}</dt>
        <dd>{pack.publishedAt}</dd>
        <dt>{t('packZone')}</dt>
        <dd>{pack.defaultTimeZone}</dd>
        <dt>{t('packOrigin')}</dt>
        <dd data-origin={active.origin}>
          {cached ? t('packFeed', { url: cached.source, date: new Date(cached.fetchedAt).toLocaleString(intlLocale()) }) : t('packBuiltin')}
        </dd>
      </dl>
      <details>
        <summary>
          {t('sourcesHeading')} ({pack.sources.length})
        </summary>
        <ul class="sources">
          {pack.sources.map((s) => (
            <li key={sourceText(s)}>
              <span class={`basis basis-${s.basis}`}>{basisLabel(s.basis)}</span> {sourceText(s)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
