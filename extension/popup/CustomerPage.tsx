import { CREDIT_STATUS_LABELS, creditReasonMessage, riskReasonMessage } from 'shared/credit';
import { CHANNEL_LABELS, OWNER_LABELS, TONE_LABELS, type ScheduledStep } from 'shared/dunning';
import type { CustomerFullView } from 'shared/view';
import { browser } from 'wxt/browser';
import { localized } from '../i18n';
import { AgingBar } from '../ui/AgingBar';
import { fmtMoney, fmtPercent } from '../ui/format';
import { CREDIT_TONE } from './creditTone';
import { t } from './messages';

function money(amount: number | null, currency: string | null): string {
  return amount === null || currency === null ? '—' : fmtMoney({ amount, currency });
}

function Credit({ view }: { view: CustomerFullView }) {
  const c = view.credit;
  return (
    <section aria-labelledby="credit-title" class="card" data-testid="credit" data-status={c.status} data-available={c.available ?? ''}>
      <h2 id="credit-title">{t('creditTitle')}</h2>
      <p class={`figures tone-${CREDIT_TONE[c.status]}`}>
        <span class="status">{localized(CREDIT_STATUS_LABELS[c.status])}</span>
        <span>
          {t('limit')} <b>{money(c.limit, c.currency)}</b>
        </span>
        <span>
          {t('exposure')} <b>{money(c.limit === null ? null : c.exposure.total, c.currency)}</b>
        </span>
        <span>
          {t('available')} <b>{money(c.available, c.currency)}</b>
        </span>
        {c.utilisationBps === null ? null : (
          <span>
            {t('utilisation')} <b>{fmtPercent(c.utilisationBps)}</b>
          </span>
        )}
      </p>
      <ul class="reasons">
        {c.reasons.map((r) => (
          <li key={r.code}>{localized(creditReasonMessage(r))}</li>
        ))}
      </ul>
    </section>
  );
}

function stepText(step: ScheduledStep): { tone: string; channels: string; owner: string; date: string } {
  return {
    tone: localized(TONE_LABELS[step.step.tone]),
    channels: step.step.channels.map((ch) => localized(CHANNEL_LABELS[ch])).join(' / '),
    owner: localized(OWNER_LABELS[step.owner]),
    date: step.date,
  };
}

function Dunning({ view }: { view: CustomerFullView }) {
  const d = view.dunning;
  return (
    <section aria-labelledby="dunning-title" class="card" data-testid="dunning">
      <h2 id="dunning-title">{t('dunningTitle')}</h2>
      {d.stage ? <p>{t('dunningStage', stepText(d.stage))}</p> : null}
      {d.next ? (
        <p>{t('dunningNext', stepText(d.next))}</p>
      ) : d.stage && d.owner ? (
        <p>{t('dunningExhausted', { owner: localized(OWNER_LABELS[d.owner]) })}</p>
      ) : (
        <p>{t('dunningNone')}</p>
      )}
    </section>
  );
}

/** The read-only full view of one customer: credit, aging per currency, risk reasons, dunning, open invoices. */
export function CustomerPage({ view }: { view: CustomerFullView | null }) {
  if (!view) {
    return (
      <main class="customer-page">
        <p class="empty" data-testid="customer-missing">
          {t('customerNotFound')}
        </p>
      </main>
    );
  }
  const risk = view.risk;
  return (
    <main class="customer-page" data-customer={view.customer.id}>
      <header class="customer-head">
        <h1>{view.customer.name}</h1>
        <p class="muted">
          {[view.customer.code, t('tier', { tier: view.customer.tier }), view.customer.owner, t('asOf', { date: view.asOf })].filter(Boolean).join(' · ')}
        </p>
        <a href={browser.runtime.getURL('/popup.html')}>{t('backToLookup')}</a>
      </header>
      <div class="grid">
        <Credit view={view} />
        <section aria-labelledby="risk-title" class="card" data-testid="risk" data-grade={risk.grade}>
          <h2 id="risk-title">
            {t('riskTitle', { grade: risk.grade })}
            {risk.override ? <span class="muted small"> ({t('riskOverridden', { by: risk.override.by })})</span> : null}
          </h2>
          <ul class="reasons">
            {risk.reasons.map((r) => (
              <li key={r.code}>{localized(riskReasonMessage(r))}</li>
            ))}
          </ul>
        </section>
        <Dunning view={view} />
      </div>
      <section aria-labelledby="aging-title" class="card aging-card">
        <h2 id="aging-title">{t('agingTitle')}</h2>
        {view.aging.currencies.length === 0 ? <p>{t('nothingOpen')}</p> : view.aging.currencies.map((a) => <AgingBar key={a.currency} aging={a} />)}
      </section>
      <section aria-labelledby="invoices-title" class="card">
        <h2 id="invoices-title">{t('invoicesTitle')}</h2>
        {view.openInvoices.length === 0 ? (
          <p>{t('nothingOpen')}</p>
        ) : (
          <table class="invoices">
            <thead>
              <tr>
                <th scope="col">{t('invoiceNumber')}</th>
                <th scope="col">{t('dueDate')}</th>
                <th scope="col" class="num">
                  {t('daysOverdue')}
                </th>
                <th scope="col" class="num">
                  {t('openAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.openInvoices.map((inv) => (
                <tr key={inv.id} data-invoice={inv.number}>
                  <td>
                    {inv.number}
                    {inv.disputed ? <span class="tag">{t('disputed')}</span> : null}
                    {inv.paused ? <span class="tag">{t('paused')}</span> : null}
                  </td>
                  <td>{inv.dueDate}</td>
                  <td class="num">{inv.daysOverdue > 0 ? inv.daysOverdue : ''}</td>
                  <td class="num">{fmtMoney({ amount: inv.openAmount, currency: inv.currency })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {view.contacts.length > 0 ? (
        <section aria-labelledby="contacts-title" class="card">
          <h2 id="contacts-title">{t('contactsTitle')}</h2>
          <ul class="contacts">
            {view.contacts.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.email ? <span class="muted"> · {c.email}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
