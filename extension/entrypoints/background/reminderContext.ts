import { type RulePack, packFor } from 'shared/compliance';
import { CN_CALENDAR_2026, createCalendar } from 'shared/dates';
import { type ArLensDb, loadCustomerRecords } from 'shared/db';
import { loadProfile } from 'shared/db/settingsRepo';
import { type ReminderProfile, profileProblems } from 'shared/reminders';
import { BUILTIN_TEMPLATES, type ReminderTemplate, latestVersions } from 'shared/templates';
import { type CustomerFullView, customerFullView } from 'shared/view';
import { todayIso } from '../../lib/today';


const CN_CALENDAR = createCalendar(CN_CALENDAR_2026);

/** What the reminder handlers need of the background's services. */
export interface ReminderServices {
  db: ArLensDb;
  now(): number;
}

/** The last import's time, when one happened. */
export async function importedAt(db: ArLensDb): Promise<number | undefined> {
  const at = ((await db.meta.get('lastImport'))?.value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' ? at : undefined;
}

/** The customer's full view today (CN working-day calendar, the built-in dunning plan); throws for an unknown id. */
export async function fullViewOf(s: ReminderServices, customerId: string): Promise<CustomerFullView> {
  const records = await loadCustomerRecords(s.db, customerId);
  if (!records) throw new Error('unknown customer');
  return customerFullView(records, todayIso(s.now()), { calendar: CN_CALENDAR });
}

export interface ReminderSetting {
  profile: ReminderProfile;
  profileReady: boolean;
  pack: RulePack;
  /** The ledger's date: the day of the last import. */
  ledgerAsOf?: string;
}

export async function reminderSetting(s: ReminderServices): Promise<ReminderSetting> {
  const [profile, at] = await Promise.all([loadProfile(s.db), importedAt(s.db)]);
  return {
    profile,
    profileReady: profileProblems(profile).length === 0,
    pack: packFor(profile.complianceProfile),
    ledgerAsOf: at === undefined ? undefined : todayIso(at),
  };
}

function isTemplate(value: unknown): value is ReminderTemplate {
  const t = value as Partial<ReminderTemplate> | undefined;
  return typeof t?.id === 'string' && typeof t.version === 'number' && typeof t.body === 'string' && typeof t.stage === 'string' && typeof t.channel === 'string' && typeof t.locale === 'string';
}

/** Built-in templates and the latest version of each stored template (a stored version of a built-in id wins). */
export async function availableTemplates(db: ArLensDb): Promise<ReminderTemplate[]> {
  const stored = (await db.templates.toArray()).map((row) => row.value).filter(isTemplate);
  return latestVersions([...BUILTIN_TEMPLATES, ...stored]);
}

/** One exact template version (audit entries pin id + version), built-in or stored. */
export async function templateVersion(db: ArLensDb, id: string, version: number): Promise<ReminderTemplate | undefined> {
  const builtin = BUILTIN_TEMPLATES.find((t) => t.id === id && t.version === version);
  if (builtin) return builtin;
  const value = (await db.templates.get([id, version]))?.value;
  return isTemplate(value) && value.id === id && value.version === version ? value : undefined;
}
