import { type AuditEntry, type ChainVerification, auditToCsv, auditToJson } from 'shared/audit';
import { listAuditEntries, verifyAuditLog } from 'shared/db/auditRepo';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { db } from '../db';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyResult } from './VerifyResult';
import { downloadText } from './download';
import { type AuditFilterForm, EMPTY_FILTER, matchesDecision, repoFilter } from './filter';
import { t } from './messages';
import './audit.css';

/** The Audit section: filtered table, chain verification, CSV/JSON export, evidence pack links. */
export function AuditPanel() {
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [all, setAll] = useState<AuditEntry[]>([]);
  const [shown, setShown] = useState<AuditEntry[]>([]);
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async (f: AuditFilterForm) => {
    const [everything, matching] = await Promise.all([listAuditEntries(db), listAuditEntries(db, repoFilter(f))]);
    setAll(everything);
    setShown(matching.filter((e) => matchesDecision(e, f.decision)));
  }, []);

  useEffect(() => {
    load(form).catch((e) => setNote({ ok: false, text: t('failed', { reason: String(e) }) }));
  }, [form, load]);

  const verify = async () => {
    setBusy(true);
    try {
      setVerification(await verifyAuditLog(db));
      await load(form);
    } catch (e) {
      setNote({ ok: false, text: t('failed', { reason: String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'csv' | 'json') => {
    // In chain order, as verifyChain reads them.
    const entries = [...shown].reverse();
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const file = `ar-lens-audit-${stamp}.${format}`;
    if (format === 'csv') downloadText(auditToCsv(entries, { bom: true }), file, 'text/csv;charset=utf-8');
    else downloadText(auditToJson(entries, Date.now()), file, 'application/json');
    setNote({ ok: true, text: t('exported', { count: entries.length, file }) });
  };

  return (
    <section class="card audit">
      <p class="muted">{t('intro')}</p>
      <div class="audit-actions">
        <button type="button" id="audit-verify" onClick={verify} disabled={busy}>
          {busy ? t('verifying') : t('verify')}
        </button>
        <button type="button" id="audit-export-csv" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" id="audit-export-json" onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
      </div>
      <p class="muted small">{t('exportHelp')}</p>
      {verification ? <VerifyResult result={verification} /> : null}
      {note ? (
        <p class={note.ok ? 'ok' : 'error'} role={note.ok ? 'status' : 'alert'} data-testid="audit-note">
          {note.text}
        </p>
      ) : null}
      <AuditFilters form={form} all={all} onChange={setForm} />
      <p class="muted" data-testid="audit-count">
        {t('count', { shown: shown.length, total: all.length })}
      </p>
      {all.length === 0 ? <p>{t('emptyLog')}</p> : shown.length === 0 ? <p>{t('empty')}</p> : <AuditTable entries={shown} />}
    </section>
  );
}
