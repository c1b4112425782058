import type { UndoInfo } from 'shared/db';
import { intlLocale } from '../../i18n';
import { t } from './messages';

/** The last import and the button that takes it back. */
export function UndoImport({ undo, busy, onUndo }: { undo: UndoInfo; busy: boolean; onUndo(): void }) {
  const time = new Date(undo.at).toLocaleString(intlLocale());
  return (
    <div class="undo" data-testid="import-undo-box">
      <h3>{t('undoHeading')}</h3>
      <p class="muted">{t('undoInfo', { source: undo.source, mode: undo.mode === 'merge' ? t('modeMerge') : t('modeReplace'), time })}</p>
      <button type="button" data-testid="import-undo" disabled={busy} onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
