import type { ArLensDb } from 'shared/db';
import { loadFeedConfig, type RefreshOutcome, refreshRulePackFromFeed } from 'shared/db/rulePackRepo';
import { browser } from 'wxt/browser';
import { effectiveFeed, onManagedPolicyChanged, readManagedPolicy } from './policy';
import type { Services } from './services';

export const RULE_PACK_ALARM = 'ar-lens-rule-pack';
/** Default interval when the policy sets none. */
const DEFAULT_REFRESH_HOURS = 6;

/**
 * One refresh of the configured feed (the policy's, else the user's); undefined when no feed is configured.
 * Extension pages call it too ("refresh now"): they share the background's origin and database.
 */
export async function refreshConfiguredRulePack(db: ArLensDb, now: number): Promise<RefreshOutcome | undefined> {
  const { policy } = await readManagedPolicy();
  const feed = effectiveFeed(policy, await loadFeedConfig(db));
  return feed ? refreshRulePackFromFeed(db, feed.config, now) : undefined;
}

async function schedule(): Promise<void> {
  const { policy } = await readManagedPolicy();
  const hours = policy.ruleFeed?.refreshHours ?? DEFAULT_REFRESH_HOURS;
  const existing = await browser.alarms.get(RULE_PACK_ALARM);
  if (existing?.periodInMinutes !== hours * 60) {
    await browser.alarms.create(RULE_PACK_ALARM, { periodInMinutes: hours * 60, delayInMinutes: 1 });
  }
}

/** Refreshes the rule pack on a chrome.alarms schedule, at browser start-up and when the policy changes. */
export function registerRulePackAlarms(services: Services): void {
  const run = () => refreshConfiguredRulePack(services.db, services.now()).catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RULE_PACK_ALARM) run();
  });
  browser.runtime.onStartup.addListener(run);
  onManagedPolicyChanged(() => {
    schedule();
    run();
  });
  schedule();
}
