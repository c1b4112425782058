import type { AuditEntry } from 'shared/audit';
import type { ReminderRecipients } from 'shared/reminders';
import type { TemplateChannel, TemplateLocale } from 'shared/templates';
import { CHANNEL_LABELS } from 'shared/dunning';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { intlLocale, localized } from '../../i18n';
import { sendMessage } from '../../lib/sendMessage';
import type { RecordReminderResult, ReminderOptionsResult, RenderReminderResult } from '../../protocol/reminders';
import { FindingList } from './FindingList';
import { HighlightedText } from './HighlightedText';
import { tr } from './messages';
import { formatAddresses, mailtoUrl, parseAddresses } from './recipients';

/** What Insert hands to the host (a webmail compose helper), which records and inserts it. */
export interface ReminderInsert {
  subject?: string;
  text: string;
  template: { id: string; version: number } | null;
  override?: { reason: string };
}

export type ReminderInsertOutcome = { ok: true } | { ok: false; reason: string };

export interface ReminderDialogProps {
  customerId: string;
  channel: TemplateChannel;
  /** Preset recipients (a compose's To/CC); when To is empty the customer's contacts on the channel are used. */
  recipients: ReminderRecipients;
  /** Language of the reminder text (the UI follows the user's language). */
  locale: TemplateLocale;
  /** Given by a compose helper: adds Insert, which hands the text over instead of recording it here. */
  onInsert?: (r: ReminderInsert) => Promise<ReminderInsertOutcome> | ReminderInsertOutcome;
  /** Called after an action was recorded in the audit log. */
  onRecorded?: (entry: AuditEntry) => void;
  onClose(): void;
}

type Phase<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };
type Notice = { tone: 'ok' | 'error'; text: string } | null;

const MIN_REASON = 5;
/** Channels offered, in order (the protocol's list; kept here so valibot stays out of content scripts). */
const CHANNELS: readonly TemplateChannel[] = ['email', 'sms', 'wechat', 'phone', 'letter'];
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const fmtTime = (at: number) => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href]';

/** Keeps Tab inside the modal dialog: from the last control back to the first and the other way round. */
function trapTab(e: KeyboardEvent, dialog: HTMLElement): void {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (!first || !last) return;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * The reminder dialog: choose channel, language and template; see the rendered text with the compliance
 * verdict live and the findings marked in the text; then Copy, Open mail draft, Log phone call or Insert.
 * The background re-judges every action before it writes the audit entry; this dialog only shows its answer.
 */
export function ReminderDialog(props: ReminderDialogProps) {
  const { customerId, onClose, onInsert, onRecorded } = props;
  const [channel, setChannel] = useState<TemplateChannel>(props.channel);
  const [locale, setLocale] = useState<TemplateLocale>(props.locale);
  const [options, setOptions] = useState<Phase<ReminderOptionsResult>>({ kind: 'loading' });
  const [templateKey, setTemplateKey] = useState<string>('');
  const presetTo = props.recipients.to.length > 0;
  const [toText, setToText] = useState(formatAddresses(props.recipients.to));
  const [ccText, setCcText] = useState(formatAddresses(props.recipients.cc));
  const [edited, setEdited] = useState<string | null>(null);
  const [plannedAt, setPlannedAt] = useState<number | null>(null);
  const [rendered, setRendered] = useState<Phase<RenderReminderResult>>({ kind: 'loading' });
  const [checking, setChecking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const renderSeq = useRef(0);

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  // Templates and default recipients for the channel and language.
  useEffect(() => {
    let live = true;
    setOptions({ kind: 'loading' });
    sendMessage({ type: 'reminderOptions', customerId, channel, locale }).then(
      (value) => {
        if (!live) return;
        setOptions({ kind: 'ready', value });
        const first = value.templates[0];
        setTemplateKey(first ? `${first.id}@${first.version}` : '');
        if (!presetTo) setToText(formatAddresses(value.recipients.to));
        setEdited(null);
      },
      (e: unknown) => live && setOptions({ kind: 'error', message: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [customerId, channel, locale, presetTo]);

  const recipients = useMemo<ReminderRecipients>(() => {
    const cc = parseAddresses(ccText);
    return cc.length > 0 ? { to: parseAddresses(toText), cc } : { to: parseAddresses(toText) };
  }, [toText, ccText]);
  const template = useMemo(() => {
    const [id, version] = templateKey.split('@');
    return id && version ? { id, version: Number(version) } : null;
  }, [templateKey]);

  // Render and judge; typing waits for a pause, and only the latest answer counts.
  useEffect(() => {
    if (!template) return;
    const seq = ++renderSeq.current;
    setChecking(true);
    const timer = setTimeout(
      () => {
        sendMessage({
          type: 'renderReminder',
          customerId,
          templateId: template.id,
          templateVersion: template.version,
          channel,
          locale,
          recipients,
          ...(plannedAt === null ? {} : { at: plannedAt }),
          ...(edited === null ? {} : { edited: { text: edited } }),
        }).then(
          (value) => {
            if (seq !== renderSeq.current) return;
            setRendered({ kind: 'ready', value });
            setChecking(false);
          },
          (e: unknown) => {
            if (seq !== renderSeq.current) return;
            setRendered({ kind: 'error', message: errorText(e) });
            setChecking(false);
          },
        );
      },
      edited === null ? 0 : 300,
    );
    return () => clearTimeout(timer);
  }, [customerId, template, channel, locale, recipients, edited, plannedAt]);

  const current = rendered.kind === 'ready' && rendered.value.ok ? rendered.value : undefined;
  const verdict = current?.verdict;
  const reasonOk = reason.trim().length >= MIN_REASON;
  const canAct = !busy && !checking && !!current && recipients.to.length > 0 && (verdict?.decision === 'allow' || (verdict?.decision === 'warn' && reasonOk));
  const text = edited ?? current?.text ?? '';

  const record = async (action: 'copied' | 'draft-opened' | 'call-logged'): Promise<AuditEntry | null> => {
    if (!current) return null;
    const result: RecordReminderResult = await sendMessage({
      type: 'recordReminder',
      customerId,
      channel,
      action,
      recipients,
      ...(current.subject === undefined ? {} : { subject: current.subject }),
      text,
      template: edited === null ? template : null,
      ...(verdict?.decision === 'warn' ? { override: { reason: reason.trim() } } : {}),
      ...(plannedAt !== null && action !== 'call-logged' ? { at: plannedAt } : {}),
    });
    if (!result.ok) {
      const reasons = result.findings.map((f) => localized(f.message)).join(' ');
      setNotice({ tone: 'error', text: `${tr('refused', { reason: tr(`code_${result.code}`) })} ${reasons}`.trim() });
      return null;
    }
    onRecorded?.(result.entry);
    return result.entry;
  };

  const act = async (action: 'copied' | 'draft-opened' | 'call-logged') => {
    setBusy(true);
    setNotice(null);
    try {
      const entry = await record(action);
      if (!entry) return;
      if (action === 'copied') {
        const full = current?.subject ? `${current.subject}\n\n${text}` : text;
        try {
          await navigator.clipboard.writeText(full);
          setNotice({ tone: 'ok', text: tr('copied', { seq: entry.seq }) });
        } catch {
          setNotice({ tone: 'error', text: tr('copyFailed', { seq: entry.seq }) });
        }
      } else if (action === 'draft-opened') {
        const link = document.createElement('a');
        link.href = mailtoUrl(recipients, current?.subject, text);
        link.click();
        setNotice({ tone: 'ok', text: tr('draftOpened', { seq: entry.seq }) });
      } else {
        setNotice({ tone: 'ok', text: tr('recorded', { seq: entry.seq }) });
      }
    } catch (e) {
      setNotice({ tone: 'error', text: tr('refused', { reason: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const insert = async () => {
    if (!onInsert || !current) return;
    setBusy(true);
    setNotice(null);
    try {
      const outcome = await onInsert({
        ...(current.subject === undefined ? {} : { subject: current.subject }),
        text,
        template: edited === null ? template : null,
        ...(verdict?.decision === 'warn' ? { override: { reason: reason.trim() } } : {}),
      });
      setNotice(outcome.ok ? { tone: 'ok', text: tr('inserted') } : { tone: 'error', text: tr('refused', { reason: outcome.reason }) });
    } catch (e) {
      setNotice({ tone: 'error', text: tr('refused', { reason: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const opts = options.kind === 'ready' ? options.value : undefined;
  return (
    <div class="reminder-backdrop">
      <div
        class="reminder-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ar-reminder-title"
        tabIndex={-1}
        ref={dialogRef}
        data-testid="reminder-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab' && dialogRef.current) {
            trapTab(e, dialogRef.current);
          }
        }}
      >
        <div class="reminder-head">
          <h2 id="ar-reminder-title">{tr('title')}</h2>
          <button type="button" class="icon" aria-label={tr('close')} onClick={onClose}>
            ×
          </button>
        </div>

        <div class="reminder-grid">
          <label>
            {tr('channel')}
            <select value={channel} name="channel" onChange={(e) => { setChannel(e.currentTarget.value as TemplateChannel); setPlannedAt(null); }}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {localized(CHANNEL_LABELS[c])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tr('language')}
            <select value={locale} name="locale" onChange={(e) => setLocale(e.currentTarget.value as TemplateLocale)}>
              <option value="zh_CN">简体中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>

        {options.kind === 'loading' ? <p class="muted">{tr('loading')}</p> : null}
        {options.kind === 'error' ? <p class="error">{tr('failed', { reason: options.message })}</p> : null}
        {opts && opts.templates.length === 0 ? <p class="muted" data-testid="no-templates">{tr('noTemplates')}</p> : null}
        {opts && opts.templates.length > 0 ? (
          <label class="block">
            {tr('template')}
            <select name="template" value={templateKey} onChange={(e) => { setTemplateKey(e.currentTarget.value); setEdited(null); }}>
              {opts.templates.map((o) => (
                <option key={`${o.id}@${o.version}`} value={`${o.id}@${o.version}`}>
                  {localized(o.stageLabel)}
                  {o.name ? ` · ${localized(o.name)}` : ''}
                  {o.forTier ? ` · ${tr('forTier')}` : ''}
                  {o.suggested ? ` (${tr('suggested')})` : ''} · v{o.version}
                </option>
              ))}
            </select>
          </label>
        ) : null}

        <div class="reminder-grid">
          <label>
            {tr('to')}
            <input type="text" name="to" value={toText} aria-describedby="ar-rcpt-hint" onInput={(e) => setToText(e.currentTarget.value)} />
          </label>
          <label>
            {tr('cc')}
            <input type="text" name="cc" value={ccText} aria-describedby="ar-rcpt-hint" onInput={(e) => setCcText(e.currentTarget.value)} />
          </label>
        </div>
        <div class="muted small-text" id="ar-rcpt-hint">
          {recipients.to.length === 0 ? <span class="error">{tr('noRecipient')} </span> : null}
          {tr('recipientsHint')}
        </div>

        {rendered.kind === 'error' ? <p class="error">{tr('failed', { reason: rendered.message })}</p> : null}
        {rendered.kind === 'ready' && !rendered.value.ok ? (
          <div class="error" data-testid="render-errors">
            {tr('renderFailed')}
            <ul>
              {rendered.value.errors.map((e, i) => (
                <li key={i}>{localized(e.message)}</li>
              ))}
            </ul>
            <button type="button" class="link" onClick={() => void sendMessage({ type: 'openOptions', section: 'templates' })}>
              {tr('openProfile')}
            </button>
          </div>
        ) : null}

        {current ? (
          <>
            <div class={`verdict decision-${verdict?.decision}`} data-decision={verdict?.decision} role="status" aria-live="polite">
              {checking ? tr('checking') : tr(`verdict_${verdict?.decision ?? 'allow'}`)}
              {verdict?.nextAllowedAt !== undefined && plannedAt === null ? (
                <div>
                  {tr('nextAllowed', { time: fmtTime(verdict.nextAllowedAt) })}{' '}
                  {channel !== 'phone' ? (
                    <button type="button" class="small" data-testid="plan" onClick={() => setPlannedAt(verdict.nextAllowedAt ?? null)}>
                      {tr('planForThen', { time: fmtTime(verdict.nextAllowedAt) })}
                    </button>
                  ) : null}
                </div>
              ) : null}
              {plannedAt !== null ? (
                <div>
                  {tr('planned', { time: fmtTime(plannedAt) })}{' '}
                  <button type="button" class="small" onClick={() => setPlannedAt(null)}>
                    {tr('sendNow')}
                  </button>
                </div>
              ) : null}
            </div>
            {current.invoices.length > 0 ? <div class="muted small-text">{tr('invoices', { invoices: current.invoices.join(', ') })}</div> : null}
            {current.subject !== undefined ? (
              <div class="subject">
                <span class="muted">{tr('subject')}: </span>
                <HighlightedText text={current.subject} findings={verdict?.findings ?? []} field="subject" />
              </div>
            ) : null}
            <div class="text-head">
              <span class="muted">{channel === 'phone' ? tr('callScript') : tr('text')}</span>
              <button type="button" class="link" data-testid="edit-toggle" onClick={() => setEdited(edited === null ? current.text : null)}>
                {edited === null ? tr('editText') : tr('stopEditing')}
              </button>
            </div>
            {edited !== null ? (
              <>
                <textarea class="draft-edit" aria-label={tr('text')} value={edited} rows={8} maxLength={20_000} onInput={(e) => setEdited(e.currentTarget.value)} />
                <div class="muted small-text">{tr('editedNote')}</div>
              </>
            ) : null}
            <pre class="draft" data-testid="reminder-text">
              <HighlightedText text={current.text} findings={verdict?.findings ?? []} />
            </pre>
            {current.segments ? <div class="muted small-text">{tr('segments', { segments: current.segments.segments, length: current.segments.length })}</div> : null}
            <FindingList findings={verdict?.findings ?? []} />
            {verdict?.decision === 'warn' ? (
              <label class="block">
                {tr('overrideReason')}
                <textarea name="override" rows={2} maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
                {reason !== '' && !reasonOk ? <span class="error small-text">{tr('overrideTooShort')}</span> : null}
              </label>
            ) : null}
          </>
        ) : null}

        <div class="actions">
          <button type="button" data-action="copy" disabled={!canAct} onClick={() => act('copied')}>
            {tr('copy')}
          </button>
          {channel === 'email' ? (
            <button type="button" data-action="draft" disabled={!canAct} onClick={() => act('draft-opened')}>
              {tr('openDraft')}
            </button>
          ) : null}
          {channel === 'phone' ? (
            <button type="button" data-action="call" disabled={!canAct || plannedAt !== null} onClick={() => act('call-logged')}>
              {tr('logCall')}
            </button>
          ) : null}
          {onInsert ? (
            <button type="button" class="primary" data-action="insert" disabled={!canAct || plannedAt !== null} onClick={insert}>
              {tr('insert')}
            </button>
          ) : null}
        </div>
        {notice ? (
          <p class={notice.tone === 'ok' ? 'ok' : 'error'} role={notice.tone === 'ok' ? 'status' : 'alert'} data-testid="reminder-notice">
            {notice.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
