import { availableTemplates, saveNewTemplate, saveTemplateEdit } from 'shared/db/templateRepo';
import type { ReminderTemplate } from 'shared/templates';
import { useMemo, useRef, useState } from 'preact/hooks';
import { intlLocale, localized } from '../../i18n';
import { mayEditTemplates } from '../../entrypoints/background/policy';
import { db } from '../db';
import { TemplateForm } from './TemplateForm';
import { type ListFilter, TemplateList } from './TemplateList';
import { TemplatePreview } from './TemplatePreview';
import { VariablePalette } from './VariablePalette';
import { BLANK_DRAFT, type EditorDraft, draftOf, templateDraft } from './draft';
import { t } from './messages';
import { insertAt } from './palette';
import { useTemplateData } from './useTemplateData';
import './templates.css';

type Selection =
  | { kind: 'none' }
  | { kind: 'new'; copiedFrom?: ReminderTemplate }
  | { kind: 'existing'; latest: ReminderTemplate; shownVersion: number };

const when = (at: number | undefined) =>
  at === undefined ? '' : new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(at);

/** The template editor: list, form with variables palette, live validation, preview and lint; versions on save. */
export function TemplateEditor() {
  const [data, reload] = useTemplateData();
  const [filter, setFilter] = useState<ListFilter>({ stage: '', channel: '', locale: '' });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [draft, setDraft] = useState<EditorDraft>(BLANK_DRAFT);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const lastField = useRef<'body' | 'subject'>('body');

  const templates = useMemo(() => (data ? availableTemplates(data.userVersions, data.feed) : []), [data]);
  const preview = useMemo<ReminderTemplate>(() => ({ ...templateDraft(draft), id: 'preview', version: 1, source: 'user' }), [draft]);

  if (!data) return <p class="muted">…</p>;
  const policyAllows = mayEditTemplates(data.policy);
  const versions =
    selection.kind === 'existing' ? data.userVersions.filter((v) => v.id === selection.latest.id).sort((a, b) => a.version - b.version) : [];
  const isUser = selection.kind === 'existing' && selection.latest.source === 'user';
  const editable = policyAllows && (selection.kind === 'new' || isUser);

  const select = (tpl: ReminderTemplate) => {
    setSelection({ kind: 'existing', latest: tpl, shownVersion: tpl.version });
    setDraft(draftOf(tpl));
    setNote(null);
  };
  const startNew = (from?: ReminderTemplate) => {
    setSelection(from ? { kind: 'new', copiedFrom: from } : { kind: 'new' });
    setDraft(from ? draftOf(from, { en: t('copySuffix'), zh_CN: t('copySuffix') }) : BLANK_DRAFT);
    setNote(null);
    requestAnimationFrame(() => bodyRef.current?.focus());
  };
  const showVersion = (v: ReminderTemplate) => {
    if (selection.kind !== 'existing') return;
    setSelection({ ...selection, shownVersion: v.version });
    setDraft(draftOf(v));
  };

  const insert = (text: string) => {
    const field = lastField.current === 'subject' && draft.channel === 'email' ? 'subject' : 'body';
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const value = draft[field];
    const next = insertAt(value, el?.selectionStart ?? value.length, el?.selectionEnd ?? value.length, text);
    setDraft({ ...draft, [field]: next.value });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const save = async () => {
    setNote(null);
    const meta = { createdAt: Date.now(), ...(data.userName ? { createdBy: data.userName } : {}) };
    const sections = selection.kind === 'new' ? selection.copiedFrom?.sections : selection.kind === 'existing' ? selection.latest.sections : undefined;
    const d = templateDraft(draft, sections);
    try {
      const result =
        selection.kind === 'existing'
          ? await saveTemplateEdit(db, selection.latest, { name: d.name, subject: d.subject, body: d.body, sections: d.sections }, meta)
          : await saveNewTemplate(db, crypto.randomUUID(), d, meta);
      if (!result.ok) {
        setNote({ ok: false, text: t('saveFailed', { reason: result.errors.map((e) => localized(e.message)).join(' ') }) });
        return;
      }
      await reload();
      select(result.template);
      setNote({ ok: true, text: t('saved', { version: result.template.version }) });
    } catch (e) {
      setNote({ ok: false, text: t('saveFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const nextVersion = selection.kind === 'existing' ? Math.max(selection.latest.version, ...versions.map((v) => v.version)) + 1 : 1;
  const selectedId = selection.kind === 'existing' ? selection.latest.id : undefined;

  return (
    <section class="card tpl-editor" aria-labelledby="tpl-heading" data-testid="template-editor" data-editable={String(policyAllows)}>
      <h2 id="tpl-heading">{t('heading')}</h2>
      <p class="muted">{t('intro')}</p>
      {policyAllows ? null : (
        <p class="error" role="note" data-testid="template-policy-lock">
          {t('readOnlyPolicy')}
        </p>
      )}
      <div class="tpl-layout">
        <div>
          {policyAllows ? (
            <button type="button" id="tpl-new" onClick={() => startNew()}>
              {t('newTemplate')}
            </button>
          ) : null}
          <TemplateList templates={templates} filter={filter} onFilter={setFilter} selectedId={selectedId} onSelect={select} />
        </div>
        <div class="tpl-main">
          {selection.kind === 'none' ? (
            <p class="muted">{t('selectOne')}</p>
          ) : (
            <>
              {selection.kind === 'existing' && !isUser ? (
                <p class="muted" data-testid="template-readonly">
                  {t('readOnlyBuiltin')}{' '}
                  {policyAllows ? (
                    <button type="button" id="tpl-copy" onClick={() => startNew(selection.latest)}>
                      {t('copy')}
                    </button>
                  ) : null}
                </p>
              ) : null}
              {versions.length > 0 && selection.kind === 'existing' ? (
                <div class="tpl-versions">
                  <span>{t('versions')}: </span>
                  {versions.map((v) => (
                    <button
                      key={v.version}
                      type="button"
                      class="tpl-version"
                      aria-pressed={v.version === selection.shownVersion}
                      data-version={v.version}
                      onClick={() => showVersion(v)}
                    >
                      {t('versionOf', { version: v.version, time: when(v.createdAt) })}
                    </button>
                  ))}
                  {selection.shownVersion !== selection.latest.version ? (
                    <p class="muted small">{t('viewingOld', { version: selection.shownVersion, next: nextVersion })}</p>
                  ) : null}
                </div>
              ) : null}
              <TemplateForm
                draft={draft}
                onChange={setDraft}
                editable={editable}
                identityEditable={selection.kind === 'new'}
                bodyRef={bodyRef}
                subjectRef={subjectRef}
                onFocusField={(f) => {
                  lastField.current = f;
                }}
              />
              <VariablePalette onInsert={insert} disabled={!editable} />
              {editable ? (
                <div class="tpl-buttons">
                  <button type="button" id="tpl-save" class="primary" onClick={save}>
                    {selection.kind === 'existing' ? t('saveVersion', { version: nextVersion }) : t('save')}
                  </button>
                  {selection.kind === 'new' ? (
                    <button type="button" onClick={() => setSelection({ kind: 'none' })}>
                      {t('cancel')}
                    </button>
                  ) : null}
                </div>
              ) : null}
              {note ? (
                <p class={note.ok ? 'ok' : 'error'} role={note.ok ? 'status' : 'alert'} data-testid="template-note">
                  {note.text}
                </p>
              ) : null}
              <TemplatePreview template={preview} pack={data.active.pack} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
