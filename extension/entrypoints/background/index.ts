import { ArLensDb } from 'shared/db';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answer } from './handlers';
import { createNameIndexCache } from './nameIndexCache';

export default defineBackground(() => {
  const db = new ArLensDb();
  const services = { db, names: createNameIndexCache(db), now: () => Date.now() };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    answer(services, raw, sender.id).then(sendResponse);
    return true;
  });
});
