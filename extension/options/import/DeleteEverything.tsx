import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteEverything } from 'shared/db';
import { sendMessage } from '../../lib/sendMessage';
import { db } from '../db';
import { t } from './messages';

/** Empties every table after an explicit confirmation that says it cannot be undone. Escape cancels. */
export function DeleteEverything({ onDeleted }: { onDeleted(): void }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice takes the focus when the question appears, so Enter never deletes by accident.
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  const remove = async () => {
    await deleteEverything(db);
    await sendMessage({ type: 'ledgerChanged' });
    setAsking(false);
    setDone(true);
    onDeleted();
  };
  return (
    <section class="card danger import-ui" aria-labelledby="delete-heading" data-testid="delete-everything">
      <h2 id="delete-heading">{t('deleteHeading')}</h2>
      <p class="muted">{t('deleteHelp')}</p>
      {asking ? (
        <div
          role="alertdialog"
          aria-labelledby="delete-confirm-text"
          class="confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAsking(false);
          }}
        >
          <p id="delete-confirm-text" class="error">
            {t('deleteConfirm')}
          </p>
          <button type="button" class="danger" data-testid="delete-confirm" onClick={remove}>
            {t('deleteYes')}
          </button>{' '}
          <button type="button" ref={cancel} onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          data-testid="delete-start"
          onClick={() => {
            setDone(false);
            setAsking(true);
          }}
        >
          {t('deleteStart')}
        </button>
      )}
      <div role="status">{done ? <p class="ok">{t('deleted')}</p> : null}</div>
    </section>
  );
}
