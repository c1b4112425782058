import type { CurrencyBar } from 'shared/dashboard';
import { fmtMoney } from '../../ui/format';
import { bucketLabel, bucketTone } from './format';
import { t } from './messages';

const WIDTH = 760;
const LABEL = 56;
const ROW = 30;
const BAR = 20;
const AXIS = 22;

function pct(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%';
}

/**
 * One 100 % stacked bar per currency (amounts of different currencies never share an axis), the bucket legend,
 * and the exact figures in a table: the chart is for the eye, the table for reading and for screen readers.
 */
export function AgingChart({ bars, bucketIds }: { bars: CurrencyBar[]; bucketIds: string[] }) {
  const plot = WIDTH - LABEL - 24;
  const height = bars.length * ROW + AXIS;
  return (
    <section class="card" aria-labelledby="dash-aging">
      <h2 id="dash-aging">{t('agingHeading')}</h2>
      <ul class="chart-legend" aria-hidden="true">
        {bucketIds.map((id) => (
          <li key={id}>
            <span class={`swatch tone-${bucketTone(id)}`} /> {bucketLabel(id)}
          </li>
        ))}
      </ul>
      <svg class="chart aging-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="dash-aging-title">
        <title id="dash-aging-title">{t('agingChartLabel')}</title>
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line class="grid" x1={LABEL + f * plot} x2={LABEL + f * plot} y1={0} y2={bars.length * ROW} />
            <text class="tick" x={LABEL + f * plot} y={height - 6} text-anchor="middle">
              {`${f * 100}%`}
            </text>
          </g>
        ))}
        {bars.map((bar, row) => {
          const total = bar.segments.reduce((a, s) => a + Math.max(0, s.amount), 0);
          let x = LABEL;
          return (
            <g key={bar.currency} data-currency={bar.currency}>
              <text class="row-label" x={LABEL - 8} y={row * ROW + ROW / 2 + 4} text-anchor="end">
                {bar.currency}
              </text>
              {bar.segments.map((s) => {
                const w = total > 0 ? (Math.max(0, s.amount) / total) * plot : 0;
                const rect = (
                  <rect key={s.id} class={`tone-${bucketTone(s.id)}`} x={x} y={row * ROW + (ROW - BAR) / 2} width={w} height={BAR}>
                    <title>{`${bar.currency} ${bucketLabel(s.id)}: ${fmtMoney({ amount: s.amount, currency: bar.currency })} (${pct(s.amount, total)})`}</title>
                  </rect>
                );
                x += w;
                return w > 0 ? rect : null;
              })}
            </g>
          );
        })}
      </svg>
      <div class="table-scroll">
        <table class="aging-table" data-testid="aging-table">
          <caption class="sr-only">{t('agingHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bucket')}</th>
              {bars.map((bar) => (
                <th key={bar.currency} scope="col" class="num">
                  {bar.currency}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bucketIds.map((id, i) => (
              <tr key={id} data-bucket={id}>
                <th scope="row">
                  <span class={`swatch tone-${bucketTone(id)}`} aria-hidden="true" /> {bucketLabel(id)}
                </th>
                {bars.map((bar) => {
                  const amount = bar.segments[i]?.amount ?? 0;
                  return (
                    <td key={bar.currency} class="num" data-currency={bar.currency} data-amount={amount}>
                      {fmtMoney({ amount, currency: bar.currency })}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr data-row="credit">
              <th scope="row">{t('credit')}</th>
              {bars.map((bar) => (
                <td key={bar.currency} class="num" data-currency={bar.currency} data-amount={bar.unappliedCredit}>
                  {fmtMoney({ amount: bar.unappliedCredit, currency: bar.currency })}
                </td>
              ))}
            </tr>
            <tr data-row="open" class="total">
              <th scope="row">{t('open')}</th>
              {bars.map((bar) => (
                <td key={bar.currency} class="num" data-currency={bar.currency} data-amount={bar.open}>
                  {fmtMoney({ amount: bar.open, currency: bar.currency })}
                </td>
              ))}
            </tr>
            <tr data-row="overdue">
              <th scope="row">{t('overdue')}</th>
              {bars.map((bar) => (
                <td key={bar.currency} class="num" data-currency={bar.currency} data-amount={bar.overdue}>
                  {fmtMoney({ amount: bar.overdue, currency: bar.currency })}
                </td>
              ))}
            </tr>
            <tr data-row="disputed">
              <th scope="row">{t('disputed')}</th>
              {bars.map((bar) => (
                <td key={bar.currency} class="num" data-currency={bar.currency} data-amount={bar.disputed}>
                  {fmtMoney({ amount: bar.disputed, currency: bar.currency })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p class="muted small">{t('agingNote')}</p>
    </section>
  );
}
