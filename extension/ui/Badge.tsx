import { useRef, useState } from 'preact/hooks';
import type { LookupResult } from '../messaging';
import { t } from './messages';
import type { CreditView } from 'shared/credit';
import { fmtAge, fmtMoney } from './format';
import { CustomerPanel } from './panel/CustomerPanel';
import { BUCKET_TONE } from './severity';

export type BadgeState = { kind: 'loading' } | { kind: 'result'; result: LookupResult } | { kind: 'error'; message: string };

export interface BadgeProps {
  state: BadgeState;
  now: number;
  onLink(customerId: string): void;
  onOpenImport(): void;
  onRetry(): void;
}

/** The overdue badge: one line of figures; a click (or Enter) opens the customer panel. */
export function Badge({ state, now, onLink, onOpenImport, onRetry }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (state.kind === 'loading') {
    return (
      <div class="badge tone-muted" role="status" aria-live="polite">
        <span class="brand">{t('brand')}</span>
        <span>{t('loading')}</span>
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <div class="badge tone-muted" role="alert">
        <span class="brand">{t('brand')}</span>
        <span>{t('error', { reason: state.message })}</span>
        <button type="button" class="link" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  const { result } = state;
  if (result.status === 'empty' || (result.status === 'suggest' && result.candidates.length === 0)) {
    return (
      <div class="badge tone-muted" data-state="no-data">
        <span class="brand">{t('brand')}</span>
        <span>{t(result.status === 'empty' ? 'emptyLedger' : 'noData')}</span>
        <button type="button" class="link" onClick={onOpenImport}>
          {t('importData')}
        </button>
      </div>
    );
  }
  if (result.status === 'suggest') {
    return (
      <div class="badge tone-muted column" data-state="suggest">
        <div class="row">
          <span class="brand">{t('brand')}</span>
          <span>{t('noData')}</span>
        </div>
        <fieldset class="suggest">
          <legend class="muted">{t('suggestTitle')}</legend>
          <ul>
            {result.candidates.map((c) => (
              <li key={c.customerId}>
                <span class="cand-name">{c.name}</span>
                <button type="button" class="small" data-customer={c.customerId} onClick={() => onLink(c.customerId)}>
                  {t('link')}
                </button>
              </li>
            ))}
          </ul>
          <div class="muted small-text">{t('linkHint')}</div>
        </fieldset>
      </div>
    );
  }

  const { view } = result;
  const tone = BUCKET_TONE[view.worstBucket] ?? 'ok';
  const credit = view.credit;
  return (
    <div class={`badge-wrap`} data-state="found" data-customer={view.customer.id}>
      <button
        type="button"
        ref={buttonRef}
        class={`badge tone-${tone}`}
        aria-expanded={open}
        aria-label={`${t('brand')}: ${view.customer.name}`}
        title={open ? t('collapseDetails') : t('expandDetails')}
        onClick={() => setOpen(!open)}
      >
        <span class="brand">{t('brand')}</span>
        <span class="days" data-days={view.worstDaysOverdue}>
          {view.worstDaysOverdue > 0 ? t('overdueDays', { days: view.worstDaysOverdue }) : t('notOverdue')}
        </span>
        {view.overdue.map((m) => (
          <span key={m.currency} class="overdue" data-currency={m.currency} data-amount={m.amount}>
            {t('overdueAmount', { amount: fmtMoney(m) })}
          </span>
        ))}
        <CreditFigure credit={credit} />
        {result.dataAge ? <DataAge importedAt={result.dataAge.importedAt} now={now} /> : null}
      </button>
      {open ? (
        <CustomerPanel
          summary={view}
          matchedByName={result.matchedBy === 'name'}
          now={now}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

/** Available credit (or how far over the limit), coloured by the credit status. */
function CreditFigure({ credit }: { credit: CreditView }) {
  if (credit.available === null || !credit.currency) return <span class="credit muted">{t('noLimit')}</span>;
  const available = { amount: credit.available, currency: credit.currency };
  return (
    <span class={`credit status-${credit.status}`} data-status={credit.status} data-available={credit.available} data-currency={credit.currency}>
      {credit.available < 0 ? t('overLimit', { amount: fmtMoney({ ...available, amount: -credit.available }) }) : t('available', { amount: fmtMoney(available) })}
    </span>
  );
}

const DAY_MS = 86_400_000;

/** The ledger's age, shown once it is a day old (figures may be stale), louder after a week. */
function DataAge({ importedAt, now }: { importedAt: number; now: number }) {
  if (now - importedAt < DAY_MS) return null;
  return (
    <span class={`age ${now - importedAt >= 7 * DAY_MS ? 'stale' : ''}`} data-imported-at={importedAt}>
      {t('dataAge', { age: fmtAge(importedAt, now) })}
    </span>
  );
}
