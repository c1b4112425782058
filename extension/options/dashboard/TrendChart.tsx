import { plotPoints, type TrendWindow, valueAxis } from 'shared/dashboard';
import type { OverdueTrend } from 'shared/metrics';
import { fmtMoney } from '../../ui/format';
import { fmtCompact } from './format';
import { t } from './messages';

const WIDTH = 760;
const HEIGHT = 150;
const LEFT = 72;
const RIGHT = 16;
const TOP = 10;
const BOTTOM = 24;

/** One small line chart per currency (each on its own axis), with 0 and 1 snapshot handled in words. */
function CurrencyTrend({ series, from, to }: { series: OverdueTrend; from: string; to: string }) {
  const { currency, points } = series;
  const money = (amount: number) => fmtMoney({ amount, currency });
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const axis = valueAxis(Math.max(...points.map((p) => p.overdue)));
  const w = WIDTH - LEFT - RIGHT;
  const h = HEIGHT - TOP - BOTTOM;
  const xy = plotPoints(
    points.map((p) => ({ date: p.date, value: p.overdue })),
    from,
    to,
    w,
    h,
    axis.max,
  );
  const titleId = `trend-${currency}`;
  return (
    <figure class="trend" data-currency={currency} data-points={points.length}>
      <svg class="chart trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('trendChartLabel', { currency, from, to })}</title>
        <g transform={`translate(${LEFT},${TOP})`}>
          {axis.ticks.map((v) => {
            const y = h - (v / axis.max) * h;
            return (
              <g key={v}>
                <line class="grid" x1={0} x2={w} y1={y} y2={y} />
                <text class="tick" x={-6} y={y + 4} text-anchor="end">
                  {fmtCompact(v, currency)}
                </text>
              </g>
            );
          })}
          <text class="tick" x={0} y={h + 16} text-anchor="start">
            {from}
          </text>
          <text class="tick" x={w} y={h + 16} text-anchor="end">
            {to}
          </text>
          {xy.length > 1 ? <polyline class="line" points={xy.map((p) => `${p.x},${p.y}`).join(' ')} /> : null}
          {xy.map((p, i) => (
            <circle key={points[i]!.date} class="dot" cx={p.x} cy={p.y} r={xy.length > 30 ? 2 : 3.5}>
              <title>{`${points[i]!.date}: ${money(points[i]!.overdue)}`}</title>
            </circle>
          ))}
        </g>
      </svg>
      <figcaption>
        <strong>{currency}</strong>{' '}
        {points.length === 1
          ? `${money(first.overdue)} — ${t('trendOne', { date: first.date })}`
          : t('trendSummary', { from: money(first.overdue), fromDate: first.date, to: money(last.overdue), toDate: last.date })}
      </figcaption>
    </figure>
  );
}

export function TrendChart({ trend }: { trend: TrendWindow }) {
  return (
    <section class="card" aria-labelledby="dash-trend">
      <h2 id="dash-trend">{t('trendHeading')}</h2>
      {trend.series.length === 0 ? (
        <p class="muted" data-testid="trend-empty">
          {t('trendNone')}
        </p>
      ) : (
        trend.series.map((s) => <CurrencyTrend key={s.currency} series={s} from={trend.from} to={trend.to} />)
      )}
    </section>
  );
}
