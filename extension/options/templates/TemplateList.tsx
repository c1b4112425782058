import { type ReminderTemplate, TEMPLATE_STAGES } from 'shared/templates';
import { localized } from '../../i18n';
import { t } from './messages';

export interface ListFilter {
  stage: string;
  channel: string;
  locale: string;
}

interface Props {
  templates: ReminderTemplate[];
  filter: ListFilter;
  onFilter(f: ListFilter): void;
  selectedId: string | undefined;
  onSelect(t: ReminderTemplate): void;
}

const CHANNELS = ['email', 'sms', 'wechat', 'phone', 'letter'];

/** Built-in, company and user templates, filtered by stage, channel and language. */
export function TemplateList({ templates, filter, onFilter, selectedId, onSelect }: Props) {
  const shown = templates
    .filter((x) => (!filter.stage || x.stage === filter.stage) && (!filter.channel || x.channel === filter.channel) && (!filter.locale || x.locale === filter.locale))
    .sort(
      (a, b) =>
        Number(b.source === 'user') - Number(a.source === 'user') ||
        TEMPLATE_STAGES.findIndex((s) => s.id === a.stage) - TEMPLATE_STAGES.findIndex((s) => s.id === b.stage) ||
        a.channel.localeCompare(b.channel) ||
        a.id.localeCompare(b.id),
    );
  const set = (key: keyof ListFilter) => (e: Event) => onFilter({ ...filter, [key]: (e.currentTarget as HTMLSelectElement).value });
  return (
    <div class="tpl-list">
      <div class="tpl-filters">
        <label>
          {t('filterStage')}
          <select id="tpl-filter-stage" value={filter.stage} onChange={set('stage')}>
            <option value="">{t('any')}</option>
            {TEMPLATE_STAGES.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterChannel')}
          <select id="tpl-filter-channel" value={filter.channel} onChange={set('channel')}>
            <option value="">{t('any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterLocale')}
          <select id="tpl-filter-locale" value={filter.locale} onChange={set('locale')}>
            <option value="">{t('any')}</option>
            <option value="zh_CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <p class="muted small" id="tpl-list-label">
        {t('listLabel', { count: shown.length })}
      </p>
      <ul class="tpl-items" aria-labelledby="tpl-list-label" data-testid="template-list">
        {shown.map((x) => (
          <li key={x.id}>
            <button
              type="button"
              class="tpl-item"
              aria-pressed={x.id === selectedId}
              data-template-id={x.id}
              data-source={x.source}
              onClick={() => onSelect(x)}
            >
              <span class="tpl-name">{x.name ? localized(x.name) : x.id}</span>
              <span class="tpl-meta">
                {localized(TEMPLATE_STAGES.find((s) => s.id === x.stage)?.label ?? { en: x.stage, zh_CN: x.stage })} · {x.channel} · {x.locale} · v
                {x.version} · <span class={`tpl-source ${x.source}`}>{t(`source_${x.source}`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
