import { useEffect, useState } from 'preact/hooks';
import { ledgerCounts } from 'shared/db';
import { getLocale } from '../i18n';
import { t } from './messages';
import { db } from './db';
import { type ImportOutcome, importLedgerFile } from './importLedger';

type Status = { kind: 'idle' } | { kind: 'busy'; file: string } | { kind: 'done'; file: string; outcome: ImportOutcome } | { kind: 'failed'; reason: string };

export function ImportPanel() {
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [counts, setCounts] = useState<{ customers: number; invoices: number; contacts: number } | null>(null);

  const refreshCounts = () => ledgerCounts(db).then(setCounts);
  useEffect(() => {
    refreshCounts();
  }, []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', file: file.name });
    try {
      const outcome = await importLedgerFile(file, mode);
      setStatus({ kind: 'done', file: file.name, outcome });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      input.value = '';
      refreshCounts();
    }
  };

  const locale = getLocale();
  return (
    <section aria-labelledby="import-heading" class="card">
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
      <label class="file">
        <span>{t('chooseFile')}</span>
        <input id="import-file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" disabled={status.kind === 'busy'} onChange={(e) => onFile(e.currentTarget)} />
      </label>
      <div role="status" aria-live="polite" id="import-status">
        {status.kind === 'busy' ? <p>{t('importing', { file: status.file })}</p> : null}
        {status.kind === 'failed' ? <p class="error">{t('importFailed', { reason: status.reason })}</p> : null}
        {status.kind === 'done' && status.outcome.summary ? (
          <p class="ok" data-testid="import-summary">
            {t('imported', {
              file: status.file,
              customers: status.outcome.summary.customers,
              invoices: status.outcome.summary.invoices,
              contacts: status.outcome.summary.contacts,
            })}
          </p>
        ) : null}
        {status.kind === 'done' && !status.outcome.summary ? (
          <p class="error">{t('importFailed', { reason: status.outcome.issues[0]?.message[locale] ?? '' })}</p>
        ) : null}
      </div>
      {status.kind === 'done' && status.outcome.issues.length > 0 ? (
        <div class="issues">
          <h3>{t('issuesHeading', { count: status.outcome.issues.length })}</h3>
          <table data-testid="import-issues">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('issueColumn')}</th>
                <th scope="col">{t('issueReason')}</th>
              </tr>
            </thead>
            <tbody>
              {status.outcome.issues.slice(0, 500).map((issue, i) => (
                <tr key={i} data-row={issue.row} data-severity={issue.severity}>
                  <td>{issue.row > 0 ? t('issueRow', { row: issue.row }) : ''}</td>
                  <td>{issue.column ?? ''}</td>
                  <td>{issue.message[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {counts ? (
        <p class="muted" data-testid="ledger-counts">
          {t('ledgerNow', counts)}
        </p>
      ) : null}
    </section>
  );
}
