import type { CanonicalField } from 'shared/import';
import type { Review } from './workerProtocol';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { t } from './messages';

interface Props {
  review: Review;
  busy: boolean;
  onMapping(field: CanonicalField, column: number | null): void;
  onDateOrder(order: 'DMY' | 'MDY'): void;
  onConfirm(): void;
  onCancel(): void;
}

/** What the import would do, before it does it: encoding, header, mapping, first rows, counts. */
export function ReviewPanel({ review, busy, onMapping, onDateOrder, onConfirm, onCancel }: Props) {
  const { stats } = review;
  return (
    <section class="review" data-testid="import-review" aria-labelledby="review-heading">
      <h3 id="review-heading">{t('reviewHeading', { file: review.fileName })}</h3>
      <p class="muted" data-testid="import-detected" data-encoding={review.encoding}>
        {t('detected', { encoding: review.encoding, row: review.mapping.headerRow, rows: stats.dataRows })}
      </p>
      {review.profileSource ? (
        <p class="ok" data-testid="import-profile">
          {t('profileApplied', { source: review.profileSource })}
        </p>
      ) : null}
      {review.dateOrderNeeded ? (
        <fieldset class="mode" data-testid="import-date-order">
          <legend>{t('dateOrder')}</legend>
          <label>
            <input type="radio" name="dateOrder" value="DMY" checked={review.dateOrder === 'DMY'} disabled={busy} onChange={() => onDateOrder('DMY')} /> {t('dateDMY')}
          </label>
          <label>
            <input type="radio" name="dateOrder" value="MDY" checked={review.dateOrder === 'MDY'} disabled={busy} onChange={() => onDateOrder('MDY')} /> {t('dateMDY')}
          </label>
        </fieldset>
      ) : null}
      <PreviewTable headers={review.headers} rows={review.preview} mapping={review.mapping} />
      <MappingEditor headers={review.headers} mapping={review.mapping} disabled={busy} onChange={onMapping} />
      <p data-testid="import-ready">
        {review.importable
          ? t('willImport', { customers: stats.customers, invoices: stats.invoices, contacts: stats.contacts, skipped: stats.skipped })
          : t('nothingToImport')}
      </p>
      <div class="actions">
        <button type="button" class="primary" data-testid="import-confirm" disabled={busy || !review.importable} onClick={onConfirm}>
          {t('confirm')}
        </button>
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
