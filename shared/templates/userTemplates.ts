import type { Instant } from '../ledger';
import type { ReminderTemplate } from './types';
import { validateTemplate } from './validate';

export type TemplateDraft = Pick<
  ReminderTemplate,
  'stage' | 'channel' | 'locale' | 'tierTone' | 'subject' | 'body' | 'html' | 'name' | 'sections'
>;

export type TemplateChange = Partial<Pick<ReminderTemplate, 'tierTone' | 'subject' | 'body' | 'html' | 'name' | 'sections'>>;

export type TemplateWriteResult =
  | { ok: true; template: ReminderTemplate }
  | { ok: false; errors: ReturnType<typeof validateTemplate> };

/**
 * A new user template, version 1. `id` comes from the caller (e.g. crypto.randomUUID()) so this stays pure.
 * The result is a fresh frozen object; store it next to, never over, earlier versions.
 */
export function createUserTemplate(
  id: string,
  draft: TemplateDraft,
  meta: { createdAt: Instant; createdBy?: string },
): TemplateWriteResult {
  const template: ReminderTemplate = { ...draft, id, version: 1, source: 'user', ...meta };
  const errors = validateTemplate(template);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: Object.freeze(template) };
}

/**
 * An edit makes the next version (`latest.version + 1`) with the same id; `latest` is left untouched, so the
 * audit entries that recorded it (id + version + rendered text) keep meaning exactly what was sent.
 * Editing a built-in or feed template makes a user template of the same id, version + 1.
 * Stage, channel and locale are part of a template's identity and cannot be changed by an edit.
 */
export function editTemplate(
  latest: ReminderTemplate,
  change: TemplateChange,
  meta: { createdAt: Instant; createdBy?: string },
): TemplateWriteResult {
  const template: ReminderTemplate = {
    ...latest,
    ...change,
    version: latest.version + 1,
    source: 'user',
    ...meta,
  };
  const errors = validateTemplate(template);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: Object.freeze(template) };
}

/** The highest version of each template id. */
export function latestVersions(templates: readonly ReminderTemplate[]): ReminderTemplate[] {
  const byId = new Map<string, ReminderTemplate>();
  for (const t of templates) {
    const seen = byId.get(t.id);
    if (!seen || t.version > seen.version) byId.set(t.id, t);
  }
  return [...byId.values()];
}
