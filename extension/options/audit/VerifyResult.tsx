import type { ChainBreakReason, ChainVerification } from 'shared/audit';
import { t } from './messages';

const REASON: Record<ChainBreakReason, Parameters<typeof t>[0]> = {
  'hash-mismatch': 'reason_hash',
  'prev-mismatch': 'reason_prev',
  'seq-gap': 'reason_gap',
  reordered: 'reason_order',
  'head-mismatch': 'reason_head',
};

/** The outcome of verifying the whole chain: OK with count and head, or the first broken entry and why. */
export function VerifyResult({ result }: { result: ChainVerification }) {
  if (result.ok) {
    return (
      <p class="ok" role="status" data-testid="verify-result" data-ok="true" data-count={result.count}>
        {result.head
          ? t('verifyOk', { count: result.count, seq: result.head.seq, hash: `${result.head.hash.slice(0, 16)}…` })
          : t('verifyOkEmpty')}
      </p>
    );
  }
  return (
    <p class="error" role="alert" data-testid="verify-result" data-ok="false" data-broken-at={result.brokenAt} data-reason={result.reason}>
      {t('verifyBroken', { seq: result.brokenAt, reason: t(REASON[result.reason]), count: result.count })}
    </p>
  );
}
