import type { OwnerRow } from 'shared/dashboard';
import { fmtMoney } from '../../ui/format';
import { t } from './messages';

/** Per sales rep: customers, overdue customers, oldest overdue, and open / overdue / 90+ per currency. */
export function OwnersTable({ owners }: { owners: OwnerRow[] }) {
  return (
    <section class="card" aria-labelledby="dash-owners">
      <h2 id="dash-owners">{t('ownersHeading')}</h2>
      <div class="table-scroll">
        <table class="owners" data-testid="owners">
          <thead>
            <tr>
              <th scope="col">{t('owner')}</th>
              <th scope="col" class="num">
                {t('overdueOfCustomers')}
              </th>
              <th scope="col" class="num">
                {t('oldestDays')}
              </th>
              <th scope="col">{t('currency')}</th>
              <th scope="col" class="num">
                {t('open')}
              </th>
              <th scope="col" class="num">
                {t('overdue')}
              </th>
              <th scope="col" class="num">
                {t('bucket90')}
              </th>
            </tr>
          </thead>
          <tbody>
            {owners.flatMap((o) =>
              o.currencies.map((c, i) => (
                <tr key={`${o.owner ?? ''}|${c.currency}`} data-owner={o.owner ?? ''} data-currency={c.currency}>
                  {i === 0 ? (
                    <>
                      <th scope="rowgroup" rowSpan={o.currencies.length}>
                        {o.owner ?? t('noOwner')}
                      </th>
                      <td class="num" rowSpan={o.currencies.length} data-overdue-customers={o.overdueCustomers}>
                        {o.overdueCustomers} / {o.customerCount}
                      </td>
                      <td class="num" rowSpan={o.currencies.length}>
                        {t('days', { n: o.oldestDaysOverdue })}
                      </td>
                    </>
                  ) : null}
                  <td>{c.currency}</td>
                  <td class="num">{fmtMoney({ amount: c.open, currency: c.currency })}</td>
                  <td class="num">{fmtMoney({ amount: c.overdue, currency: c.currency })}</td>
                  <td class="num">{fmtMoney({ amount: c.oldestBucket, currency: c.currency })}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
