import { TEMPLATE_STAGES } from 'shared/templates';
import type { Ref } from 'preact';
import { localized } from '../../i18n';
import type { EditorDraft } from './draft';
import { t } from './messages';

interface Props {
  draft: EditorDraft;
  onChange(d: EditorDraft): void;
  editable: boolean;
  /** Stage, channel and language are chosen once, when a template is created. */
  identityEditable: boolean;
  bodyRef: Ref<HTMLTextAreaElement>;
  subjectRef: Ref<HTMLInputElement>;
  onFocusField(field: 'body' | 'subject'): void;
}

const CHANNELS = ['email', 'sms', 'wechat', 'phone', 'letter'] as const;

export function TemplateForm({ draft, onChange, editable, identityEditable, bodyRef, subjectRef, onFocusField }: Props) {
  const set = <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => onChange({ ...draft, [key]: value });
  const fixed = !editable || !identityEditable;
  return (
    <div class="tpl-form">
      <div class="tpl-row">
        <label>
          {t('nameZh')}
          <input id="tpl-name-zh" value={draft.nameZh} disabled={!editable} maxLength={120} onInput={(e) => set('nameZh', e.currentTarget.value)} />
        </label>
        <label>
          {t('nameEn')}
          <input id="tpl-name-en" value={draft.nameEn} disabled={!editable} maxLength={120} onInput={(e) => set('nameEn', e.currentTarget.value)} />
        </label>
      </div>
      <div class="tpl-row">
        <label>
          {t('stage')}
          <select id="tpl-stage" value={draft.stage} disabled={fixed} onChange={(e) => set('stage', e.currentTarget.value as EditorDraft['stage'])}>
            {TEMPLATE_STAGES.map((s) => (
              <option key={s.id} value={s.id}>
                {localized(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('channel')}
          <select id="tpl-channel" value={draft.channel} disabled={fixed} onChange={(e) => set('channel', e.currentTarget.value as EditorDraft['channel'])}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('locale')}
          <select id="tpl-locale" value={draft.locale} disabled={fixed} onChange={(e) => set('locale', e.currentTarget.value as EditorDraft['locale'])}>
            <option value="zh_CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {draft.channel === 'email' ? (
        <label class="tpl-wide">
          {t('subject')}
          <input
            id="tpl-subject"
            ref={subjectRef}
            value={draft.subject}
            readOnly={!editable}
            maxLength={300}
            onFocus={() => onFocusField('subject')}
            onInput={(e) => set('subject', e.currentTarget.value)}
          />
        </label>
      ) : null}
      <label class="tpl-wide">
        {t('body')}
        <textarea
          id="tpl-body"
          ref={bodyRef}
          rows={14}
          value={draft.body}
          readOnly={!editable}
          maxLength={20_000}
          onFocus={() => onFocusField('body')}
          onInput={(e) => set('body', e.currentTarget.value)}
        />
      </label>
    </div>
  );
}
