import type { Profile } from 'shared/compliance';
import { type ActiveRulePack, activeRulePack, feedTemplates } from 'shared/db/rulePackRepo';
import { loadRuleSettings } from 'shared/db/ruleSettingsRepo';
import { loadProfile } from 'shared/db/settingsRepo';
import { listUserTemplateVersions } from 'shared/db/templateRepo';
import type { ManagedPolicy } from 'shared/feed/rulePack';
import type { ReminderTemplate } from 'shared/templates';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { effectiveProfile, readManagedPolicy } from '../../entrypoints/background/policy';
import { db } from '../db';

export interface TemplateData {
  /** Every stored version of the user's templates. */
  userVersions: ReminderTemplate[];
  feed: ReminderTemplate[];
  active: ActiveRulePack;
  profile: Profile;
  policy: ManagedPolicy;
  userName: string;
}

/** Everything the editor reads, and a reload for after a save. Undefined while loading. */
export function useTemplateData(): [TemplateData | undefined, () => Promise<void>] {
  const [data, setData] = useState<TemplateData>();
  const reload = useCallback(async () => {
    const [userVersions, feed, settings, rules, state] = await Promise.all([
      listUserTemplateVersions(db),
      feedTemplates(db),
      loadProfile(db),
      loadRuleSettings(db),
      readManagedPolicy(),
    ]);
    const profile = effectiveProfile(state.policy, rules.profile);
    setData({ userVersions, feed, active: await activeRulePack(db, profile), profile, policy: state.policy, userName: settings.userName });
  }, []);
  useEffect(() => {
    reload();
  }, [reload]);
  return [data, reload];
}
