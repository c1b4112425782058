import type { CustomerView } from 'shared/view';
import { suggestedChannel, suggestedLocale } from 'shared/reminders/stage';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/sendMessage';
import type { PanelData } from '../../protocol/reminders';
import { AgingBar } from '../AgingBar';
import { fmtAge } from '../format';
import { t } from '../messages';
import { ReminderDialog } from '../reminder/ReminderDialog';
import { DisputeSection } from './DisputeSection';
import { HistoryList } from './HistoryList';
import { InvoiceTable } from './InvoiceTable';
import { tp } from './messages';
import { PromiseSection } from './PromiseSection';
import { CreditCard, DunningCard, RiskCard } from './Standing';

export interface CustomerPanelProps {
  /** The badge's figures: shown at once, while the full view loads. */
  summary: CustomerView;
  matchedByName?: boolean;
  now: number;
  onClose(): void;
}

type Phase = { kind: 'loading' } | { kind: 'ready'; data: PanelData } | { kind: 'error'; message: string };
type Notice = { tone: 'ok' | 'error'; text: string } | null;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Saves a text as a file from the page: a blob link clicked once. */
function download(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The customer panel opened from the badge: aging, credit, risk, dunning, open items, promises, disputes and
 * the reminder history, with the reminder dialog. Escape closes it (the dialog first); focus moves into it.
 */
export function CustomerPanel({ summary, matchedByName, now, onClose }: CustomerPanelProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [writing, setWriting] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const ref = useRef<HTMLDivElement>(null);
  const customerId = summary.customer.id;

  const load = useCallback(() => {
    sendMessage({ type: 'panel', customerId }).then(
      (data) => setPhase({ kind: 'ready', data }),
      (e: unknown) => setPhase({ kind: 'error', message: errorText(e) }),
    );
  }, [customerId]);

  useEffect(() => {
    ref.current?.focus();
    load();
  }, [load]);

  const exportLog = async () => {
    setNotice(null);
    try {
      const out = await sendMessage({ type: 'exportAudit', format: 'csv', customerId });
      download(out.text, out.fileName, 'text/csv;charset=utf-8');
      setNotice({ tone: 'ok', text: tp('exported', { count: out.count, file: out.fileName }) });
    } catch (e) {
      setNotice({ tone: 'error', text: tp('exportFailed', { reason: errorText(e) }) });
    }
  };

  const data = phase.kind === 'ready' ? phase.data : undefined;
  const view = data?.view;
  return (
    <div
      class="panel customer-panel"
      ref={ref}
      tabIndex={-1}
      role="dialog"
      aria-label={tp('title', { name: summary.customer.name })}
      data-testid="customer-panel"
      data-loaded={view ? 'yes' : 'no'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !writing) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="panel-head">
        <div>
          <strong class="cust-name">{summary.customer.name}</strong>
          <span class="muted small-text">
            {' '}
            {summary.customer.code ?? ''} · {tp('tier', { tier: summary.customer.tier })}
          </span>
        </div>
        <button type="button" class="icon" aria-label={tp('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="muted small-text">
        {t('agingTitle', { date: summary.asOf })} · {t('invoices', { count: summary.openInvoiceCount })}
        {matchedByName ? ` · ${t('matchedByName')}` : ''}
        {data?.importedAt !== undefined ? ` · ${t('dataAge', { age: fmtAge(data.importedAt, now) })}` : ''}
      </div>

      {summary.aging.currencies.map((c) => (
        <AgingBar key={c.currency} aging={c} />
      ))}

      {phase.kind === 'loading' ? (
        <p class="muted" role="status">
          {tp('loading')}
        </p>
      ) : null}
      {phase.kind === 'error' ? (
        <p class="error" role="alert">
          {tp('loadFailed', { reason: phase.message })}{' '}
          <button type="button" class="link" onClick={load}>
            {tp('retry')}
          </button>
        </p>
      ) : null}

      {view && data ? (
        <>
          <div class="panel-actions">
            <button type="button" class="primary" data-action="write-reminder" onClick={() => setWriting(true)}>
              {tp('writeReminder')}
            </button>
            <button type="button" class="small" data-action="export-log" onClick={exportLog}>
              {tp('exportLog')}
            </button>
          </div>
          {!data.profileReady ? (
            <p class="warn-text small-text" data-testid="profile-missing">
              {tp('profileMissing')}{' '}
              <button type="button" class="link" onClick={() => void sendMessage({ type: 'openOptions', section: 'templates' })}>
                {tp('openProfile')}
              </button>
            </p>
          ) : null}
          {notice ? (
            <p class={notice.tone === 'ok' ? 'ok small-text' : 'error small-text'} role="status" data-testid="panel-notice">
              {notice.text}
            </p>
          ) : null}
          <CreditCard view={view} />
          <InvoiceTable view={view} />
          <DunningCard view={view} />
          <RiskCard view={view} />
          <PromiseSection view={view} onChanged={load} />
          <DisputeSection view={view} onChanged={load} />
          <HistoryList history={view.history} />
          {writing ? (
            <ReminderDialog
              customerId={customerId}
              channel={suggestedChannel(view) === 'letter' ? 'email' : suggestedChannel(view)}
              recipients={{ to: [] }}
              locale={suggestedLocale(view)}
              onRecorded={load}
              onClose={() => {
                setWriting(false);
                ref.current?.focus();
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
