import { type ReminderProfile, normalizeProfile, profileProblems, type ProfileProblem } from '../reminders/profile';
import type { ArLensDb } from './schema';

/** `db.documents` id of the creditor profile and the user's own settings. */
export const PROFILE_DOCUMENT_ID = 'settings.profile';

/** The stored profile, or the empty one (every field blank, CN profile, finance role) when none was saved. */
export async function loadProfile(db: ArLensDb): Promise<ReminderProfile> {
  return normalizeProfile((await db.documents.get(PROFILE_DOCUMENT_ID))?.value);
}

export type SaveProfileResult = { ok: true; profile: ReminderProfile; version: number } | { ok: false; problems: ProfileProblem[] };

/** Validates and stores the profile as a new version of its document; nothing is written when it has problems. */
export async function saveProfile(db: ArLensDb, input: ReminderProfile, now: number): Promise<SaveProfileResult> {
  const profile = normalizeProfile(input);
  const problems = profileProblems(profile);
  if (problems.length > 0) return { ok: false, problems };
  const version = await db.transaction('rw', db.documents, async () => {
    const next = ((await db.documents.get(PROFILE_DOCUMENT_ID))?.version ?? 0) + 1;
    await db.documents.put({ id: PROFILE_DOCUMENT_ID, version: next, updatedAt: now, value: profile });
    return next;
  });
  return { ok: true, profile, version };
}
