import type { WorstCustomer } from 'shared/dashboard';
import { fmtMoney } from '../../ui/format';
import { t } from './messages';

/** The ten customers most behind; names link to the customer page when the extension has one. */
export function WorstCustomers({ worst, customerPage }: { worst: WorstCustomer[]; customerPage: boolean }) {
  return (
    <section class="card" aria-labelledby="dash-worst">
      <h2 id="dash-worst">{t('worstHeading')}</h2>
      {worst.length === 0 ? (
        <p class="muted">{t('noneOverdue')}</p>
      ) : (
        <div class="table-scroll">
          <table class="worst" data-testid="worst-customers">
            <thead>
              <tr>
                <th scope="col">{t('rank')}</th>
                <th scope="col">{t('customer')}</th>
                <th scope="col">{t('owner')}</th>
                <th scope="col" class="num">
                  {t('oldestDays')}
                </th>
                <th scope="col" class="num">
                  {t('overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {worst.map((w, i) => (
                <tr key={w.customerId} data-customer={w.customerId} data-days={w.oldestDaysOverdue}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    {customerPage ? <a href={`customer.html?id=${encodeURIComponent(w.customerId)}`}>{w.name}</a> : w.name}
                    {w.code ? <div class="muted small">{w.code}</div> : null}
                  </th>
                  <td>{w.owner ?? ''}</td>
                  <td class="num">{t('days', { n: w.oldestDaysOverdue })}</td>
                  <td class="num">
                    {w.overdue.map((o) => (
                      <div key={o.currency}>{fmtMoney(o)}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
