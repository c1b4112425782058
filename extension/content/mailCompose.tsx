import { isBlank, restoreCaret, saveCaret } from 'connectors/compose';
import type { ComposeHandle } from 'connectors/types';
import { render } from 'preact';
import type { ReminderInsert as InsertRequest, ReminderInsertOutcome as InsertOutcome } from '../ui/reminder/ReminderDialog';
import { sendMessage } from '../lib/sendMessage';
import { ComposeBar, type Notice, type ResolveState } from '../ui/compose/ComposeBar';
import type { LintState } from '../ui/compose/LintIndicator';
import { t } from '../ui/compose/messages';
import composeCss from '../ui/compose/compose.css?inline';
import { PROTOCOL_SUBJECT_MAX, PROTOCOL_TEXT_MAX, allAddresses, indicatorFindings, protocolRecipients, recipientsKey, subjectToSet } from './mailDraft';
import { COMPOSE_HOST_TAG } from './mailWatch';
import { type MailHost, createMailHost } from './mailHost';
import { type IdleDebounce, idleDebounce } from './mailIdle';

export interface DialogRequest {
  customerId: string;
  recipients: ReturnType<typeof protocolRecipients>;
  /** Where focus goes back when the dialog closes (the AR Lens button). */
  returnFocus: HTMLElement | null;
  onInsert(request: InsertRequest): Promise<InsertOutcome>;
}

export interface ComposeEnv {
  openDialog(request: DialogRequest): void;
  openImport(): void;
  /** Asks the runtime to look at the page again (coalesced to one look per frame). */
  rescan(): void;
}

/** Events after which a compose's fields may hold new values without any DOM mutation (a recipient input's value). */
const FIELD_EVENTS = ['change', 'focusout'] as const;

const CODE_KEY = {
  blocked: 'codeBlocked',
  'override-required': 'codeOverrideRequired',
  'override-too-short': 'codeOverrideTooShort',
  'bad-time': 'codeBadTime',
} as const;

/**
 * The text with a line break before it when words precede the insertion point and after it when words follow,
 * so a reminder never runs into the user's own lines. `caret` null means the text goes at the end.
 */
function onOwnLines(text: string, body: HTMLElement, caret: Range | null): string {
  const doc = body.ownerDocument;
  const before = doc.createRange();
  before.selectNodeContents(body);
  const after = before.cloneRange();
  if (caret) {
    before.setEnd(caret.startContainer, caret.startOffset);
    after.setStart(caret.endContainer, caret.endOffset);
  } else after.collapse(false);
  const hasText = (r: Range) => r.toString().trim() !== '';
  return `${hasText(before) ? '\n' : ''}${text}${hasText(after) ? '\n' : ''}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One open compose window: its AR Lens button (in the compose's toolbar), the customer its recipients belong
 * to, and the draft's compliance state. The runtime calls `sync` whenever the page changed and `dispose` when
 * the compose closed.
 */
export class ComposeSession {
  private ui: MailHost;
  private resolve: ResolveState = { kind: 'loading' };
  private chosen: string | undefined;
  private lint: LintState = { kind: 'idle' };
  private notice: Notice | undefined;
  private recipients: string | undefined;
  private resolveSeq = 0;
  private lintSeq = 0;
  private lastLintKey = '';
  private caret: Range | null = null;
  private body: HTMLElement | null = null;
  private bodyTarget: EventTarget | null = null;
  private readonly linter: IdleDebounce;
  private disposed = false;
  /** This compose's reminder has been recorded (inserted). */
  private recorded = false;

  constructor(
    private handle: ComposeHandle,
    private readonly env: ComposeEnv,
  ) {
    this.ui = createMailHost(handle.root.ownerDocument, COMPOSE_HOST_TAG, composeCss);
    this.linter = idleDebounce(() => void this.runLint(), undefined, handle.root.ownerDocument.defaultView ?? window);
    for (const type of FIELD_EVENTS) handle.root.addEventListener(type, this.onFieldEvent);
    this.sync(handle);
  }

  /** Re-reads the compose: puts the button back if the toolbar re-rendered, follows body and recipient changes. */
  sync(handle: ComposeHandle): void {
    this.handle = handle;
    this.place();
    this.followBody();
    const r = handle.recipients();
    const key = recipientsKey(r);
    if (key !== this.recipients) {
      this.recipients = key;
      void this.resolveRecipients();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.linter.cancel();
    for (const type of FIELD_EVENTS) this.handle.root.removeEventListener(type, this.onFieldEvent);
    this.detachBody();
    render(null, this.ui.mount);
    this.ui.remove();
  }

  private place(): void {
    const toolbar = this.handle.toolbar();
    const host = this.ui.host;
    if (toolbar) {
      if (host.parentElement !== toolbar) toolbar.append(host);
      delete host.dataset.floating;
    } else if (host.parentElement !== this.handle.root) {
      // No toolbar found: the button still belongs to this compose, at its top.
      host.dataset.floating = '';
      this.handle.root.prepend(host);
    }
  }

  private followBody(): void {
    const body = this.handle.body();
    if (body === this.body) return;
    this.detachBody();
    this.body = body;
    if (!body) return;
    // An editor frame (designMode) fires input on its document; an inline editor on itself.
    this.bodyTarget = body.ownerDocument === this.handle.root.ownerDocument ? body : body.ownerDocument;
    this.bodyTarget.addEventListener('input', this.onType);
    if (!isBlank(body)) this.linter.poke();
  }

  private detachBody(): void {
    this.bodyTarget?.removeEventListener('input', this.onType);
    this.bodyTarget = null;
    this.body = null;
  }

  private readonly onType = () => {
    this.linter.poke();
  };

  private readonly onFieldEvent = () => {
    this.env.rescan();
  };

  private paint(): void {
    if (this.disposed) return;
    render(
      <ComposeBar
        resolve={this.resolve}
        customerId={this.customerId()}
        lint={this.lint}
        notice={this.notice}
        onPress={() => this.saveCaret()}
        onOpen={(id) => this.open(id)}
        onChoose={(id) => this.choose(id)}
        onOpenImport={() => this.env.openImport()}
        onRetry={() => void this.resolveRecipients()}
      />,
      this.ui.mount,
    );
  }

  private customerId(): string | undefined {
    if (this.resolve.kind !== 'ready') return undefined;
    const ids = this.resolve.result.customers.map((c) => c.id);
    if (ids.length === 1) return ids[0];
    return this.chosen && ids.includes(this.chosen) ? this.chosen : undefined;
  }

  private async resolveRecipients(): Promise<void> {
    const seq = ++this.resolveSeq;
    const addresses = allAddresses(this.handle.recipients());
    if (addresses.length === 0) {
      this.resolve = { kind: 'no-recipients' };
      this.paint();
      this.linter.poke();
      return;
    }
    this.resolve = { kind: 'loading' };
    this.paint();
    try {
      const result = await sendMessage({ type: 'resolveRecipients', addresses: addresses.slice(0, 100) });
      if (seq !== this.resolveSeq) return;
      this.resolve = { kind: 'ready', result };
    } catch (error) {
      if (seq !== this.resolveSeq) return;
      this.resolve = { kind: 'error', message: errorText(error) };
    }
    this.paint();
    this.linter.poke();
  }

  private choose(id: string): void {
    this.chosen = id;
    this.paint();
    this.linter.poke();
  }

  private saveCaret(): void {
    const body = this.handle.body();
    const range = body ? saveCaret(body) : null;
    // A second press (keyboard after pointer) must not forget a caret saved a moment ago.
    if (range) this.caret = range;
  }

  private open(customerId: string): void {
    this.notice = undefined;
    this.paint();
    this.env.openDialog({
      customerId,
      recipients: protocolRecipients(this.handle.recipients()),
      returnFocus: this.lensButton(),
      onInsert: (request) => this.insert(customerId, request),
    });
  }

  /** The AR Lens button itself: focus goes back there whichever control opened the dialog. */
  private lensButton(): HTMLElement | null {
    return this.ui.host.shadowRoot?.querySelector<HTMLElement>('button.lens') ?? null;
  }

  /**
   * Fills the subject, records the reminder with the recipients the compose shows at this moment, then inserts
   * the text at the saved caret. Recording comes before the body: if the background refuses (a block, a warning
   * without reason), the subject is put back and nothing lands in the body, so no reminder text reaches a
   * compose without its audit entry.
   */
  private async insert(customerId: string, request: InsertRequest): Promise<InsertOutcome> {
    const body = this.handle.body();
    if (!body) return this.fail(t('noBody'));
    // The subject goes in first and is read back: what is recorded is what the compose shows (an inline reply
    // has no subject field, a reply keeps its "Re:" subject).
    const previous = this.handle.subject();
    const proposed = subjectToSet(previous, request.subject);
    if (proposed !== undefined) this.handle.setSubject(proposed);
    const subject = this.handle.subject().slice(0, PROTOCOL_SUBJECT_MAX);
    const restoreSubject = () => {
      if (proposed !== undefined && subject !== previous) this.handle.setSubject(previous);
    };
    let result: Awaited<ReturnType<typeof sendMessage<'recordReminder'>>>;
    try {
      result = await sendMessage({
        type: 'recordReminder',
        customerId,
        channel: 'email',
        action: 'inserted',
        recipients: protocolRecipients(this.handle.recipients()),
        ...(subject.trim() === '' ? {} : { subject }),
        text: request.text.slice(0, PROTOCOL_TEXT_MAX),
        template: request.template,
        ...(request.override ? { override: request.override } : {}),
      });
    } catch (error) {
      restoreSubject();
      return this.fail(errorText(error));
    }
    if (!result.ok) {
      restoreSubject();
      return this.fail(t(CODE_KEY[result.code]));
    }
    const target = this.handle.body() ?? body;
    const atCaret = restoreCaret(target, this.caret);
    this.handle.insertText(onOwnLines(request.text, target, atCaret ? this.caret : null));
    this.caret = null;
    this.recorded = true;
    this.notice = { tone: 'ok', text: t('inserted') };
    this.paint();
    this.linter.poke();
    return { ok: true };
  }

  private fail(reason: string): InsertOutcome {
    this.notice = { tone: 'error', text: t('notRecorded', { reason }) };
    this.paint();
    return { ok: false, reason };
  }

  private async runLint(): Promise<void> {
    if (this.disposed) return;
    const body = this.handle.body();
    const text = (body ? this.handle.bodyText() : '').slice(0, PROTOCOL_TEXT_MAX);
    const subject = this.handle.subject().slice(0, PROTOCOL_SUBJECT_MAX);
    const customerId = this.customerId();
    const recipients = protocolRecipients(this.handle.recipients());
    const blank = text.trim() === '';
    // Nothing written and nobody to check the recipients against: nothing to say.
    if (blank && !customerId) {
      this.lastLintKey = '';
      this.lint = { kind: 'idle' };
      this.paint();
      return;
    }
    const key = JSON.stringify([customerId, recipients, subject, text]);
    if (key === this.lastLintKey) return;
    this.lastLintKey = key;
    const seq = ++this.lintSeq;
    const previous = this.lint.kind === 'done' ? this.lint : undefined;
    this.lint = { kind: 'checking', ...(previous ? { findings: previous.findings, needsCustomer: previous.needsCustomer } : {}) };
    this.paint();
    try {
      const verdict = await sendMessage({
        type: 'lintDraft',
        channel: 'email',
        text,
        ...(subject.trim() === '' ? {} : { subject }),
        ...(customerId ? { customerId, recipients } : {}),
      });
      if (seq !== this.lintSeq || this.disposed) return;
      const needsCustomer = !customerId && this.resolve.kind === 'ready' && this.resolve.result.customers.length > 1;
      this.lint = { kind: 'done', findings: indicatorFindings(verdict.findings, { bodyBlank: blank, recorded: this.recorded }), needsCustomer };
    } catch (error) {
      if (seq !== this.lintSeq || this.disposed) return;
      this.lastLintKey = '';
      this.lint = { kind: 'error', message: errorText(error) };
    }
    this.paint();
  }
}
