import type { Finding, Severity } from 'shared/compliance';
import { useRef, useState } from 'preact/hooks';
import { localized } from '../../i18n';
import { worstSeverity } from '../../content/mailDraft';
import { t } from './messages';
import { Popover } from './Popover';

export type LintState =
  | { kind: 'idle' }
  | { kind: 'checking'; findings?: Finding[]; needsCustomer?: boolean }
  | { kind: 'done'; findings: Finding[]; needsCustomer: boolean }
  | { kind: 'error'; message: string };

const SEVERITY_KEY = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo' } as const;
// Plain glyphs every system font has; the colour and the label carry the severity.
const ICON: Record<Severity | 'ok', string> = { block: '!', warn: '!', info: 'i', ok: '✓' };

/**
 * The draft's compliance state in one small pill beside the AR Lens button: nothing until the first check, then
 * a tick or the number of findings coloured by the worst one. A click lists them with rule, message and source.
 */
export function LintIndicator({ state }: { state: LintState }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  if (state.kind === 'idle') return null;
  if (state.kind === 'error') {
    return (
      <span class="lint tone-muted" data-state="error" role="status" title={t('lintError', { reason: state.message })}>
        ?
      </span>
    );
  }
  const findings = state.findings;
  if (!findings) {
    return (
      <span class="lint tone-muted" data-state="checking" role="status" aria-label={t('lintChecking')}>
        …
      </span>
    );
  }
  const worst = worstSeverity(findings);
  const summary = worst ? t('lintSummary', { count: findings.length, severity: t(SEVERITY_KEY[worst]) }) : t('lintClean');
  return (
    <>
      <button
        ref={ref}
        type="button"
        class={`lint sev-${worst ?? 'ok'}`}
        data-state={state.kind}
        data-severity={worst ?? 'none'}
        data-count={findings.length}
        aria-label={summary}
        title={summary}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{ICON[worst ?? 'ok']}</span>
        {findings.length > 0 ? <span class="count">{findings.length}</span> : null}
      </button>
      <span class="sr-only" role="status" aria-live="polite">
        {state.kind === 'done' ? summary : ''}
      </span>
      {open && ref.current ? (
        <Popover anchor={ref.current} label={t('lintTitle')} testId="lint-findings" onClose={() => setOpen(false)}>
          <FindingList findings={findings} needsCustomer={state.needsCustomer ?? false} />
        </Popover>
      ) : null}
    </>
  );
}

function FindingList({ findings, needsCustomer }: { findings: Finding[]; needsCustomer: boolean }) {
  return (
    <div class="findings">
      {findings.length === 0 ? <p>{t('lintClean')}</p> : null}
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.ruleId}-${f.entryId ?? ''}-${i}`} class={`finding sev-${f.severity}`} data-rule={f.ruleId}>
            <div class="finding-head">
              <span class={`sev sev-${f.severity}`}>{t(SEVERITY_KEY[f.severity])}</span>
              <code class="rule">{f.ruleId}</code>
              {f.field === 'subject' ? <span class="muted"> ({t('fieldSubject')})</span> : null}
            </div>
            <div class="message">{localized(f.message)}</div>
            <div class="source muted">
              {f.source.url ? (
                <a href={f.source.url} target="_blank" rel="noopener noreferrer">
                  {f.source.title}
                </a>
              ) : (
                f.source.title
              )}
              {f.source.article ? ` ${f.source.article}` : ''}
              {f.source.issuer ? ` · ${f.source.issuer}` : ''}
            </div>
          </li>
        ))}
      </ul>
      {needsCustomer ? <p class="muted">{t('lintNeedsCustomer')}</p> : null}
    </div>
  );
}
