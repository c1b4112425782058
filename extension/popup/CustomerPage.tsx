import type { CustomerFullView } from 'shared/view';
import { browser } from 'wxt/browser';
import { AgingBar } from '../ui/AgingBar';
import { InvoiceTable } from '../ui/panel/InvoiceTable';
import { CreditCard, DunningCard, RiskCard } from '../ui/panel/Standing';
import { t } from './messages';

/**
 * The read-only full view of one customer: credit, risk reasons, dunning, aging per currency, open invoices and
 * contacts. The cards are the in-page customer panel's own (extension/ui/panel), laid out for a whole tab.
 */
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
  return (
    <main class="customer-page customer-panel" data-customer={view.customer.id}>
      <header class="customer-head">
        <h1>{view.customer.name}</h1>
        <p class="muted">
          {[view.customer.code, t('tier', { tier: view.customer.tier }), view.customer.owner, t('asOf', { date: view.asOf })].filter(Boolean).join(' · ')}
        </p>
        <a href={browser.runtime.getURL('/popup.html')}>{t('backToLookup')}</a>
      </header>
      <div class="grid">
        <CreditCard view={view} />
        <RiskCard view={view} />
        <DunningCard view={view} />
      </div>
      <section aria-labelledby="aging-title" class="card aging-card">
        <h3 id="aging-title">{t('agingTitle')}</h3>
        {view.aging.currencies.length === 0 ? <p>{t('nothingOpen')}</p> : view.aging.currencies.map((a) => <AgingBar key={a.currency} aging={a} />)}
      </section>
      <InvoiceTable view={view} />
      {view.contacts.length > 0 ? (
        <section aria-labelledby="contacts-title" class="card">
          <h3 id="contacts-title">{t('contactsTitle')}</h3>
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
