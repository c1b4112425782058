import { ensureSnapshot } from 'shared/db/snapshotRepo';
import { browser } from 'wxt/browser';
import { todayIso } from '../../lib/today';
import type { Services } from './services';

export const SNAPSHOT_ALARM = 'daily-portfolio-snapshot';
const DAY_MINUTES = 24 * 60;

/** Local midnight after `now`, plus a few minutes so the new day's date is certain. */
function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  d.setHours(24, 5, 0, 0);
  return d.getTime();
}

/**
 * Keeps one portfolio snapshot per day for the overdue trend: a daily alarm just after local midnight, and a
 * catch-up on every start of the worker (the alarm does not fire while the browser is closed). Both only
 * write when today has no snapshot yet, so they are safe to run any number of times.
 */
export function registerSnapshotJob(services: Services): void {
  const takeToday = () =>
    ensureSnapshot(services.db, todayIso(services.now())).catch((error: unknown) => {
      console.warn('AR Lens: daily snapshot failed', error);
      return false;
    });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SNAPSHOT_ALARM) void takeToday();
  });
  void browser.alarms.get(SNAPSHOT_ALARM).then((existing) => {
    if (!existing) {
      void browser.alarms.create(SNAPSHOT_ALARM, { when: nextLocalMidnight(services.now()), periodInMinutes: DAY_MINUTES });
    }
  });
  void takeToday();
}
