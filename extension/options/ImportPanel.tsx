import { useEffect, useState } from 'preact/hooks';
import { type UndoInfo, type WriteSummary, ledgerCounts, saveMappingProfile, undoLastImport, undoableImport } from 'shared/db';
import type { CanonicalField, MappingOverride } from 'shared/import';
import { getLocale } from '../i18n';
import { sendMessage } from '../lib/sendMessage';
import { db } from './db';
import { DropZone } from './import/DropZone';
import { IssuesTable } from './import/IssuesTable';
import { ProgressBar } from './import/ProgressBar';
import { ReviewPanel } from './import/ReviewPanel';
import { UndoImport } from './import/UndoImport';
import { t } from './import/messages';
import type { Review } from './import/workerProtocol';
import { LedgerImporter, type Progress } from './importLedger';
import './import/import.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; file: string; review?: Review }
  | { kind: 'review'; review: Review; edited: boolean }
  | { kind: 'done'; review: Review; summary: WriteSummary; writeMs: number }
  | { kind: 'failed'; reason: string; review?: Review }
  | { kind: 'undone'; source: string };

type Counts = { customers: number; invoices: number; contacts: number };

/** Import page: drop or choose a file, review what it holds, confirm, watch it land, undo it if it was wrong. */
export function ImportPanel({ refreshKey }: { refreshKey: number }) {
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [undo, setUndo] = useState<UndoInfo | null>(null);
  const [importer] = useState(() => new LedgerImporter(setProgress));

  const refresh = () => {
    ledgerCounts(db).then(setCounts);
    undoableImport(db).then(setUndo);
  };
  useEffect(refresh, [refreshKey]);
  useEffect(() => () => importer.dispose(), [importer]);

  const run = async (file: string, review: Review | undefined, step: () => Promise<void>) => {
    setProgress(null);
    setStage({ kind: 'working', file, review });
    try {
      await step();
    } catch (error) {
      setStage({ kind: 'failed', reason: error instanceof Error ? error.message : String(error), review });
    } finally {
      setProgress(null);
      refresh();
    }
  };

  const onFile = (file: File) =>
    run(file.name, undefined, async () => {
      const review = await importer.open(file);
      setStage({ kind: 'review', review, edited: false });
    });

  const reparse = (review: Review, mapping: MappingOverride, dateOrder: Review['dateOrder'], edited: boolean) =>
    run(review.fileName, review, async () => {
      const next = await importer.reparse({ mapping, ...(dateOrder ? { dateOrder } : {}) });
      setStage({ kind: 'review', review: next, edited });
    });

  const onConfirm = (review: Review, edited: boolean) =>
    run(review.fileName, review, async () => {
      if (edited) await saveMappingProfile(db, review.mapping.profileKey, { mapping: review.mappingUsed, source: review.fileName }, Date.now());
      const { summary, writeMs } = await importer.write(mode);
      setStage({ kind: 'done', review, summary, writeMs });
    });

  const onUndo = () =>
    run('', undefined, async () => {
      const undone = await undoLastImport(db);
      await sendMessage({ type: 'ledgerChanged' });
      setStage(undone ? { kind: 'undone', source: undone.source } : { kind: 'idle' });
    });

  const busy = stage.kind === 'working';
  const review = stage.kind === 'idle' || stage.kind === 'undone' ? undefined : stage.review;
  const reviewing = stage.kind === 'review' || stage.kind === 'working' ? stage.review : undefined;
  const locale = getLocale();
  const firstError = review?.issues.find((i) => i.severity === 'error');
  return (
    <section aria-labelledby="import-heading" class="card import-ui">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <fieldset class="mode">
        <legend>{t('importMode')}</legend>
        <label>
          <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('modeReplace')}
        </label>
        <label>
          <input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('modeMerge')}
        </label>
      </fieldset>
      <DropZone disabled={busy} onFile={onFile} />
      <div role="status" aria-live="polite" id="import-status">
        {busy && progress ? <ProgressBar progress={progress} file={stage.file} /> : null}
        {stage.kind === 'failed' ? <p class="error">{t('importFailed', { reason: stage.reason })}</p> : null}
        {stage.kind === 'review' && !stage.review.importable ? (
          <p class="error">{firstError?.message[locale] ?? t('nothingToImport')}</p>
        ) : null}
        {stage.kind === 'done' ? (
          <p class="ok" data-testid="import-summary" data-parse-ms={stage.review.parseMs} data-write-ms={stage.writeMs}>
            {t('imported', {
              file: stage.review.fileName,
              customers: stage.summary.customers,
              invoices: stage.summary.invoices,
              contacts: stage.summary.contacts,
            })}
          </p>
        ) : null}
        {stage.kind === 'undone' ? (
          <p class="ok" data-testid="import-undone">
            {t('undone', { source: stage.source })}
          </p>
        ) : null}
      </div>
      {reviewing ? (
        <ReviewPanel
          review={reviewing}
          busy={busy}
          onMapping={(field: CanonicalField, column: number | null) => {
            if (stage.kind !== 'review') return;
            const r = stage.review;
            reparse(r, { ...r.mappingUsed, [field]: column }, r.dateOrder, true);
          }}
          onDateOrder={(order) => {
            if (stage.kind !== 'review') return;
            reparse(stage.review, stage.review.mappingUsed, order, stage.edited);
          }}
          onConfirm={() => stage.kind === 'review' && onConfirm(stage.review, stage.edited)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      ) : null}
      {review ? <IssuesTable issues={review.issues} /> : null}
      {counts ? (
        <p class="muted" data-testid="ledger-counts" data-customers={counts.customers} data-invoices={counts.invoices} data-contacts={counts.contacts}>
          {t('ledgerNow', counts)}
        </p>
      ) : null}
      {undo ? <UndoImport undo={undo} busy={busy} onUndo={onUndo} /> : null}
    </section>
  );
}
