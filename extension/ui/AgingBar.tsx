import type { CurrencyAging } from 'shared/aging';
import { t } from './messages';
import { fmtMoney } from './format';
import { BUCKET_LABEL_KEY, BUCKET_TONE } from './severity';

/** Five-bucket bar of one currency's open items, with a legend that carries the exact amounts. */
export function AgingBar({ aging }: { aging: CurrencyAging }) {
  const positive = aging.buckets.map((b) => Math.max(0, b.amount));
  const total = positive.reduce((a, b) => a + b, 0);
  return (
    <div class="aging" data-currency={aging.currency}>
      <div class="aging-head">
        <strong>{aging.currency}</strong>
        <span>{t('open', { amount: fmtMoney({ amount: aging.open, currency: aging.currency }) })}</span>
      </div>
      <div class="bar" role="img" aria-label={aging.buckets.map((b) => `${t(BUCKET_LABEL_KEY[b.id as keyof typeof BUCKET_LABEL_KEY] ?? 'bucketCurrent')}: ${fmtMoney({ amount: b.amount, currency: aging.currency })}`).join('; ')}>
        {aging.buckets.map((b, i) =>
          positive[i]! > 0 && total > 0 ? (
            <span key={b.id} class={`seg tone-${BUCKET_TONE[b.id] ?? 'ok'}`} style={{ flexGrow: positive[i]! / total }} />
          ) : null,
        )}
      </div>
      <table class="legend">
        <tbody>
          {aging.buckets.map((b) => (
            <tr key={b.id} data-bucket={b.id}>
              <td>
                <span class={`dot tone-${BUCKET_TONE[b.id] ?? 'ok'}`} />
                {t(BUCKET_LABEL_KEY[b.id as keyof typeof BUCKET_LABEL_KEY] ?? 'bucketCurrent')}
              </td>
              <td class="num" data-amount={b.amount}>
                {fmtMoney({ amount: b.amount, currency: aging.currency })}
              </td>
              <td class="num muted">{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
