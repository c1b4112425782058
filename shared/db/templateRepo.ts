import type { Instant } from '../ledger';
import {
  BUILTIN_TEMPLATES,
  createUserTemplate,
  editTemplate,
  latestVersions,
  type ReminderTemplate,
  type TemplateChange,
  type TemplateDraft,
  type TemplateWriteResult,
} from '../templates';
import type { ArLensDb } from './schema';

/**
 * User templates in `db.templates`, one row per immutable version (`[id+version]`). A row is only ever
 * added (`table.add` refuses an existing key), never overwritten: audit entries pin id + version.
 */

const STAGES = new Set(['pre-due-7', 'pre-due-1', 'due-day', 'gentle', 'firm', 'formal-demand', 'promise-confirmation', 'broken-promise', 'statement', 'thanks']);
const CHANNELS = new Set(['email', 'sms', 'wechat', 'phone', 'letter']);

/** A stored value read back is trusted only when it has a template's shape (rows can be edited in devtools). */
function isTemplate(value: unknown): value is ReminderTemplate {
  const t = value as Partial<ReminderTemplate> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.id === 'string' &&
    Number.isSafeInteger(t.version) &&
    typeof t.body === 'string' &&
    STAGES.has(String(t.stage)) &&
    CHANNELS.has(String(t.channel)) &&
    (t.locale === 'zh_CN' || t.locale === 'en')
  );
}

/** Every stored version of every user template. */
export async function listUserTemplateVersions(db: ArLensDb): Promise<ReminderTemplate[]> {
  const rows = await db.templates.toArray();
  return rows.map((r) => r.value).filter(isTemplate);
}

/** The versions of one template id, oldest first. */
export async function templateVersions(db: ArLensDb, id: string): Promise<ReminderTemplate[]> {
  const rows = await db.templates.where('id').equals(id).toArray();
  return rows
    .map((r) => r.value)
    .filter(isTemplate)
    .sort((a, b) => a.version - b.version);
}

/** One exact version (what an audit entry points at). */
export async function templateVersion(db: ArLensDb, id: string, version: number): Promise<ReminderTemplate | undefined> {
  const value = (await db.templates.get([id, version]))?.value;
  return isTemplate(value) ? value : undefined;
}

/**
 * The templates a reminder can use: built-ins, then a company feed's, then the user's; for one id the highest
 * version wins (an edited built-in or feed template is a user version above it).
 */
export function availableTemplates(
  user: readonly ReminderTemplate[],
  feed: readonly ReminderTemplate[] = [],
  builtin: readonly ReminderTemplate[] = BUILTIN_TEMPLATES,
): ReminderTemplate[] {
  return latestVersions([...builtin, ...feed, ...user]);
}

async function store(db: ArLensDb, result: TemplateWriteResult): Promise<TemplateWriteResult> {
  if (!result.ok) return result;
  const t = result.template;
  await db.templates.add({ id: t.id, version: t.version, updatedAt: t.createdAt ?? 0, value: t });
  return result;
}

/** Validates and stores version 1 of a new user template. Rejects (Dexie ConstraintError) when the id exists. */
export function saveNewTemplate(
  db: ArLensDb,
  id: string,
  draft: TemplateDraft,
  meta: { createdAt: Instant; createdBy?: string },
): Promise<TemplateWriteResult> {
  return store(db, createUserTemplate(id, draft, meta));
}

/**
 * Stores an edit as the next version above every version known for the id (stored, built-in or feed), so an
 * edit based on a stale copy can never reuse a version number. Earlier versions stay untouched.
 */
export async function saveTemplateEdit(
  db: ArLensDb,
  base: ReminderTemplate,
  change: TemplateChange,
  meta: { createdAt: Instant; createdBy?: string },
): Promise<TemplateWriteResult> {
  const stored = await templateVersions(db, base.id);
  const highest = Math.max(base.version, ...stored.map((t) => t.version));
  return store(db, editTemplate({ ...base, version: highest }, change, meta));
}
