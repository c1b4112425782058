import { CREDIT_STATUS_LABELS } from 'shared/credit';
import type { LookupSummary } from 'shared/search';
import { localized } from '../i18n';
import { fmtMoney, fmtPercent } from '../ui/format';
import { CREDIT_TONE } from './creditTone';
import { t } from './messages';
import { MiniAgingBar } from './MiniAgingBar';

interface Props {
  hit: LookupSummary;
  id: string;
  active: boolean;
  onChoose(): void;
  onHover(): void;
}

function money(amount: number | null, currency: string | null): string {
  return amount === null || currency === null ? '—' : fmtMoney({ amount, currency });
}

/** One customer in the lookup list: name, credit figures with the status colour, risk grade, mini aging bar. */
export function ResultOption({ hit, id, active, onChoose, onHover }: Props) {
  const c = hit.credit;
  const tone = CREDIT_TONE[c.status];
  return (
    // Keyboard users choose with the combobox's ↑/↓/Enter (aria-activedescendant); the click is for the mouse.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input owns the keyboard, as the combobox pattern requires
    <div
      id={id}
      tabIndex={-1}
      role="option"
      aria-selected={active}
      class={`option${active ? ' active' : ''}`}
      data-customer={hit.customerId}
      data-status={c.status}
      data-grade={hit.grade}
      data-limit={c.limit ?? ''}
      data-exposure={c.exposure}
      data-available={c.available ?? ''}
      data-currency={c.currency ?? ''}
      onClick={onChoose}
      onMouseMove={onHover}
    >
      <div class="option-head">
        <span class="name">{hit.name}</span>
        <span class={`grade grade-${hit.grade}`} title={t('gradeTitle', { grade: hit.grade })}>
          {t('grade', { grade: hit.grade })}
        </span>
      </div>
      <div class="option-sub muted">
        {hit.code ? <span class="code">{hit.code}</span> : null}
        <span>{t('matchedOn', { field: t(`matched_${hit.matchedOn}`) })}</span>
        <span>{hit.worstDaysOverdue > 0 ? t('overdueDays', { days: hit.worstDaysOverdue }) : t('notOverdue')}</span>
      </div>
      {c.limit === null ? (
        <div class={`figures tone-${tone}`}>
          <span class="status">{localized(CREDIT_STATUS_LABELS[c.status])}</span>
          <span>{t('noLimit')}</span>
        </div>
      ) : (
        <div class={`figures tone-${tone}`}>
          <span class="status">{localized(CREDIT_STATUS_LABELS[c.status])}</span>
          <span>
            {t('limit')} <b>{money(c.limit, c.currency)}</b>
          </span>
          <span>
            {t('exposure')} <b>{money(c.exposure, c.currency)}</b>
          </span>
          <span class="available">
            {t('available')} <b>{money(c.available, c.currency)}</b>
          </span>
          {c.utilisationBps === null ? null : (
            <span>
              {t('utilisation')} <b>{fmtPercent(c.utilisationBps)}</b>
            </span>
          )}
        </div>
      )}
      {hit.aging ? <MiniAgingBar aging={hit.aging} /> : null}
      {hit.otherCurrencies.length > 0 ? <div class="muted small">{t('otherCurrencies', { currencies: hit.otherCurrencies.join(', ') })}</div> : null}
    </div>
  );
}
