import type { ReminderTemplate, TemplateChannel, TemplateDraft, TemplateLocale, TemplateStage } from 'shared/templates';

/** The editor's form state. */
export interface EditorDraft {
  stage: TemplateStage;
  channel: TemplateChannel;
  locale: TemplateLocale;
  nameEn: string;
  nameZh: string;
  subject: string;
  body: string;
}

export const BLANK_DRAFT: EditorDraft = {
  stage: 'gentle',
  channel: 'email',
  locale: 'zh_CN',
  nameEn: '',
  nameZh: '',
  subject: '',
  body: '',
};

export function draftOf(t: ReminderTemplate, nameSuffix?: { en: string; zh_CN: string }): EditorDraft {
  return {
    stage: t.stage,
    channel: t.channel,
    locale: t.locale,
    nameEn: (t.name?.en ?? '') + (nameSuffix?.en ?? ''),
    nameZh: (t.name?.zh_CN ?? '') + (nameSuffix?.zh_CN ?? ''),
    subject: t.subject ?? '',
    body: t.body,
  };
}

/** The draft as a template to validate and render; subject only for e-mail, name only when given. */
export function templateDraft(d: EditorDraft, sections?: ReminderTemplate['sections']): TemplateDraft {
  const out: TemplateDraft = { stage: d.stage, channel: d.channel, locale: d.locale, body: d.body };
  if (d.channel === 'email') out.subject = d.subject;
  const en = d.nameEn.trim();
  const zh = d.nameZh.trim();
  if (en || zh) out.name = { en: en || zh, zh_CN: zh || en };
  if (sections) out.sections = sections;
  return out;
}
