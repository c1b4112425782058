import type { Profile } from 'shared/compliance';
import { type ActiveRulePack, activeRulePack } from 'shared/db/rulePackRepo';
import {
  DEFAULT_RULE_SETTINGS,
  loadRuleSettings,
  type RuleOverrides,
  type RuleSettings,
  saveRuleSettings,
} from 'shared/db/ruleSettingsRepo';
import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../../lib/today';
import { db } from '../db';
import { CalendarCard } from '../rules/CalendarCard';
import { LimitsCard } from '../rules/LimitsCard';
import { PhraseList } from '../rules/PhraseList';
import { ProfileCard } from '../rules/ProfileCard';
import { SentenceTester } from '../rules/SentenceTester';

/** Rules: the compliance profile and its pack, stricter limits, the calendar, the wording list and a lint box. */
export function RulesSection() {
  const [settings, setSettings] = useState<RuleSettings | null>(null);
  const [active, setActive] = useState<ActiveRulePack | null>(null);
  useEffect(() => {
    loadRuleSettings(db)
      .catch(() => DEFAULT_RULE_SETTINGS)
      .then(async (s) => {
        setActive(await activeRulePack(db, s.profile));
        setSettings(s);
      });
  }, []);
  if (!settings || !active) return <p class="muted" aria-busy="true" />;

  const pack = active.pack;
  const save = async (next: RuleSettings, nextPack = pack) => {
    const problems = await saveRuleSettings(db, next, nextPack, Date.now());
    if (problems.length === 0) setSettings(next);
    return problems;
  };
  const changeProfile = async (profile: Profile) => {
    const nextActive = await activeRulePack(db, profile);
    let next: RuleSettings = { ...settings, profile };
    // Overrides saved for an older pack of this profile may no longer fit: the profile switch wins, they go.
    if ((await saveRuleSettings(db, next, nextActive.pack, Date.now())).length > 0) {
      next = { ...next, overrides: { ...next.overrides, [profile]: {} } };
      await saveRuleSettings(db, next, nextActive.pack, Date.now());
    }
    // Pack and settings change together, so no card ever sees one profile's overrides on another's pack.
    setActive(nextActive);
    setSettings(next);
  };
  const saveOverrides = (overrides: RuleOverrides) =>
    save({ ...settings, overrides: { ...settings.overrides, [settings.profile]: overrides } });

  return (
    <div class="rules">
      <ProfileCard active={active} onProfile={(p) => void changeProfile(p)} />
      <LimitsCard key={`${pack.id}:${settings.profile}`} pack={pack} overrides={settings.overrides[settings.profile] ?? {}} onSave={saveOverrides} />
      <CalendarCard key={pack.id} pack={pack} today={todayIso()} />
      <SentenceTester pack={pack} />
      <PhraseList pack={pack} />
    </div>
  );
}
