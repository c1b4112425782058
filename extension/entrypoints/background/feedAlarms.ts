import { loadArFeedSettings, refreshArFeed } from 'shared/db';
import { browser } from 'wxt/browser';
import { coreHandlers } from './coreHandlers';
import type { Services } from './services';

export const AR_FEED_ALARM = 'ar-lens-ar-feed';

/** Drops every cache built from the ledger, as an import from the options page does. */
export const ledgerChanged = (s: Services) => coreHandlers.ledgerChanged(s, { type: 'ledgerChanged' }, {});

/** (Re)creates the refresh alarm for the saved feed, or clears it when there is none. */
export async function scheduleArFeed(s: Services): Promise<void> {
  const settings = await loadArFeedSettings(s.db);
  if (!settings) {
    await browser.alarms.clear(AR_FEED_ALARM);
    return;
  }
  const existing = await browser.alarms.get(AR_FEED_ALARM);
  if (existing?.periodInMinutes !== settings.refreshMinutes) {
    await browser.alarms.create(AR_FEED_ALARM, { periodInMinutes: settings.refreshMinutes, delayInMinutes: settings.refreshMinutes });
  }
}

/**
 * Refreshes the ledger from the AR feed on a chrome.alarms schedule. A refresh is a few requests and one
 * transaction, well within a service worker's lifetime; failures are recorded in the feed state, never thrown.
 */
export function registerFeedAlarms(s: Services): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== AR_FEED_ALARM) return;
    refreshArFeed(s.db, s.now())
      .then(() => ledgerChanged(s))
      .catch(() => undefined);
  });
  scheduleArFeed(s).catch(() => undefined);
}
