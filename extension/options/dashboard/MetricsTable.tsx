import type { CurrencyMetrics } from 'shared/dashboard';
import { fmtDays } from './format';
import { t } from './messages';

/** DSO (standard and countback) and CEI per currency; missing figures say why. */
export function MetricsTable({ metrics }: { metrics: CurrencyMetrics[] }) {
  const first = metrics[0];
  if (!first) return null;
  const ceiMissing = metrics.some((m) => m.cei === null);
  return (
    <section class="card" aria-labelledby="dash-metrics">
      <h2 id="dash-metrics">{t('metricsHeading')}</h2>
      <table class="metrics">
        <thead>
          <tr>
            <th scope="col">{t('currency')}</th>
            <th scope="col" class="num">
              {t('dso', { days: first.dsoDays })}
            </th>
            <th scope="col" class="num">
              {t('countback', { months: first.countbackMonths })}
            </th>
            <th scope="col" class="num">
              {t('cei', { days: first.ceiDays })}
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <tr key={m.currency} data-currency={m.currency}>
              <th scope="row">{m.currency}</th>
              <td class="num" data-dso={m.dso ?? ''}>
                {m.dso === null ? t('notAvailable') : t('days', { n: fmtDays(m.dso) })}
              </td>
              <td class="num" data-countback={m.countback.days}>
                {m.countback.complete
                  ? t('days', { n: fmtDays(m.countback.days) })
                  : t('atLeast', { n: fmtDays(m.countback.days) })}
              </td>
              <td class="num" data-cei={m.cei ?? ''}>
                {m.cei === null ? t('notAvailable') : `${fmtDays(m.cei)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('dsoHelp')}</p>
      {ceiMissing ? <p class="muted small">{t('ceiNeedsSnapshots', { days: first.ceiDays })}</p> : null}
    </section>
  );
}
