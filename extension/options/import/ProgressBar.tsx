import type { Progress } from '../importLedger';
import { t } from './messages';

/** Reading and writing have no row count to show: the bar is then indeterminate (no value). */
export function ProgressBar({ progress, file }: { progress: Progress; file: string }) {
  const text =
    progress.phase === 'read'
      ? t('reading', { file })
      : progress.phase === 'parse'
        ? t('parsing', { done: progress.done, total: progress.total })
        : t('writing', { count: progress.total });
  const determinate = progress.phase === 'parse' && progress.total > 0;
  return (
    <div class="progress" data-testid="import-progress" data-phase={progress.phase}>
      {determinate ? <progress aria-label={t('progressLabel')} max={progress.total} value={progress.done} /> : <progress aria-label={t('progressLabel')} />}
      <span>{text}</span>
    </div>
  );
}
