import type { RulePack } from 'shared/compliance';
import { CN_CALENDAR_2026, createCalendar } from 'shared/dates';
import { type ArLensDb, loadCustomerRecords } from 'shared/db';
import { activeRulePack, feedTemplates } from 'shared/db/rulePackRepo';
import { applyRuleOverrides, loadRuleSettings } from 'shared/db/ruleSettingsRepo';
import { loadProfile } from 'shared/db/settingsRepo';
import { availableTemplates as mergeTemplates, listUserTemplateVersions, templateVersion as storedVersion } from 'shared/db/templateRepo';
import { type ReminderProfile, profileProblems } from 'shared/reminders';
import { BUILTIN_TEMPLATES, type ReminderTemplate } from 'shared/templates';
import { type CustomerFullView, customerFullView } from 'shared/view';
import { todayIso } from '../../lib/today';
import { effectiveProfile, effectiveRole, readManagedPolicy } from './policy';


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
  const [stored, at, rules, { policy }] = await Promise.all([loadProfile(s.db), importedAt(s.db), loadRuleSettings(s.db), readManagedPolicy()]);
  // The managed policy's locked profile and role win over the user's own choices.
  const complianceProfile = effectiveProfile(policy, rules.profile);
  const profile = { ...stored, userRole: effectiveRole(policy, stored.userRole) };
  const { pack } = await activeRulePack(s.db, complianceProfile);
  return {
    profile,
    profileReady: profileProblems(profile).length === 0,
    pack: applyRuleOverrides(pack, rules.overrides[complianceProfile]),
    ledgerAsOf: at === undefined ? undefined : todayIso(at),
  };
}

/** Built-in, feed and user templates, the latest version of each id. */
export async function availableTemplates(db: ArLensDb): Promise<ReminderTemplate[]> {
  const [user, feed] = await Promise.all([listUserTemplateVersions(db), feedTemplates(db)]);
  return mergeTemplates(user, feed);
}

/** One exact template version (audit entries pin id + version): built-in, from the feed pack, or stored. */
export async function templateVersion(db: ArLensDb, id: string, version: number): Promise<ReminderTemplate | undefined> {
  const same = (t: ReminderTemplate) => t.id === id && t.version === version;
  return BUILTIN_TEMPLATES.find(same) ?? (await feedTemplates(db)).find(same) ?? (await storedVersion(db, id, version));
}
