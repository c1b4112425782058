import type { LookupSummary } from 'shared/search';
import { fmtMoney } from '../ui/format';
import { t as badgeT } from '../ui/messages';
import { BUCKET_LABEL_KEY, BUCKET_TONE } from '../ui/severity';

/** The five aging buckets of one currency as a thin bar; the exact amounts are in its accessible name. */
export function MiniAgingBar({ aging }: { aging: NonNullable<LookupSummary['aging']> }) {
  const positive = aging.buckets.map((b) => Math.max(0, b.amount));
  const total = positive.reduce((a, b) => a + b, 0);
  const label = aging.buckets
    .map((b) => `${badgeT(BUCKET_LABEL_KEY[b.id as keyof typeof BUCKET_LABEL_KEY] ?? 'bucketCurrent')}: ${fmtMoney({ amount: b.amount, currency: aging.currency })}`)
    .join('; ');
  return (
    <span class="mini-bar" role="img" aria-label={`${aging.currency} ${label}`} data-currency={aging.currency}>
      {aging.buckets.map((b, i) => {
        const share = positive[i] ?? 0;
        return share > 0 && total > 0 ? (
          <span key={b.id} class={`seg tone-${BUCKET_TONE[b.id] ?? 'ok'}`} style={{ flexGrow: share / total }} data-bucket={b.id} data-amount={b.amount} />
        ) : null;
      })}
    </span>
  );
}
