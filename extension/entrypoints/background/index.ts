import { ArLensDb } from 'shared/db';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerGenericScriptSync } from './dynamicScripts';
import { registerFeedAlarms } from './feedAlarms';
import { answer } from './handlers';
import { registerLookupEntryPoints } from './lookupEntryPoints';
import { createNameIndexCache } from './nameIndexCache';
import { registerRulePackAlarms } from './rulePackAlarms';
import { createSearchIndexCache } from './searchIndexCache';
import type { Services } from './services';
import { registerSnapshotJob } from './snapshotJob';

export default defineBackground(() => {
  const db = new ArLensDb();
  const services: Services = { db, names: createNameIndexCache(db), search: createSearchIndexCache(db, () => Date.now()), now: () => Date.now() };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    answer(services, raw, sender.id, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true;
  });
  registerLookupEntryPoints(services);
  registerSnapshotJob(services);
  registerFeedAlarms(services);
  registerRulePackAlarms(services);
  registerGenericScriptSync(services);
});
