import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../bench/serviceWorker';
import { type ExtensionSession, blockNetwork, launchWithExtension, openOptions } from '../../scripts/browser/launch';
import { sampleLedgerCsv } from '../../scripts/sample/ledger';
import { importThroughOptions, localToday, writeSampleLedger } from './sampleLedger';

interface LedgerState {
  customers: number;
  invoices: number;
  contacts: number;
  openSum: number;
  lastImport: unknown;
}

/** Counts and the open-amount sum of the extension's ledger, read straight from IndexedDB on an extension page. */
function ledgerState(page: Page): Promise<LedgerState> {
  return page.evaluate(
    () =>
      new Promise<LedgerState>((resolve, reject) => {
        const open = indexedDB.open('ar-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['customers', 'invoices', 'contacts', 'meta']);
          const state = { customers: 0, invoices: 0, contacts: 0, openSum: 0, lastImport: null as unknown };
          tx.objectStore('customers').count().onsuccess = (e) => {
            state.customers = (e.target as IDBRequest<number>).result;
          };
          tx.objectStore('contacts').count().onsuccess = (e) => {
            state.contacts = (e.target as IDBRequest<number>).result;
          };
          tx.objectStore('invoices').getAll().onsuccess = (e) => {
            const rows = (e.target as IDBRequest<{ openAmount: number }[]>).result;
            state.invoices = rows.length;
            state.openSum = rows.reduce((a, r) => a + r.openAmount, 0);
          };
          tx.objectStore('meta').get('lastImport').onsuccess = (e) => {
            state.lastImport = (e.target as IDBRequest<{ value: unknown } | undefined>).result?.value ?? null;
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(state);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

function auditSeqs(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('ar-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').getAllKeys();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as number[]).sort((a, b) => a - b));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** 10:00 in Shanghai on the next weekday: inside every send window, whatever day the test runs. */
function nextWeekdayTenAmShanghai(now = Date.now()): number {
  for (let d = 1; d < 8; d++) {
    const ymd = new Date(now + d * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const weekday = new Date(`${ymd}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return Date.parse(`${ymd}T10:00:00+08:00`);
  }
  throw new Error('no weekday in a week');
}

describe('hostile conditions: a quota error mid-import and a service worker stopped mid-write leave nothing half-done', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await blockNetwork(session.context);
    await importThroughOptions(session, writeSampleLedger());
  });
  afterAll(async () => session?.close());

  it('a QuotaExceededError after 3,000 invoice writes of a replacing import keeps the previous ledger and its undo state', async () => {
    const page = await openOptions(session);
    const before = await ledgerState(page);
    expect(before.invoices).toBeGreaterThan(20_000);

    const bigger = resolve('test-out/hostile-quota-ledger.csv');
    writeFileSync(bigger, sampleLedgerCsv({ asOf: localToday(), seed: 7, customers: 1000, invoicesPerCustomer: 10 }));
    const replace = page.locator('input[name="mode"][value="replace"]');
    if ((await replace.count()) > 0) await replace.check();
    await page.locator('#import-file').setInputFiles(bigger);
    const confirm = page.getByTestId('import-confirm');
    await confirm.and(page.locator(':enabled')).waitFor({ timeout: 240_000 });
    // The import writes from its worker (same origin, same database). The disk fills up part way: IndexedDB refuses
    // the worker's 3,001st invoice write with a quota error.
    const worker = page.workers().at(-1);
    expect(worker, 'the import worker').toBeDefined();
    await worker!.evaluate(() => {
      let invoices = 0;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (this.name === 'invoices' && ++invoices > 3000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    await confirm.click();
    const error = page.locator('#import-status .error');
    await expect.poll(() => error.count(), { timeout: 240_000 }).toBeGreaterThan(0);
    expect(await error.textContent()).toMatch(/quota/i);
    expect(await page.getByTestId('import-summary').count()).toBe(0);
    await page.screenshot({ path: 'test-out/hostile-quota.png', fullPage: true });

    const fresh = await openOptions(session);
    expect(await ledgerState(fresh)).toEqual(before);
    await fresh.close();
    await page.close();
  }, 400_000);

  it('stopping the service worker while 40 audit appends are in flight leaves a whole chain, every acknowledged entry kept', async () => {
    const page = await openOptions(session);
    const customerId = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('ar-lens');
          open.onsuccess = () => {
            const req = open.result.transaction('customers').objectStore('customers').index('code').get('C0001');
            req.onsuccess = () => resolve(req.result.id as string);
            req.onerror = () => reject(req.error);
          };
        }),
    );
    const at = nextWeekdayTenAmShanghai();
    // Fire the appends without waiting, then stop the worker while they are being written.
    await page.evaluate(
      ({ customerId, at }) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: { entry?: { seq: number } } }> } } }).chrome;
        const acked: number[] = [];
        const failed: string[] = [];
        const all = Array.from({ length: 40 }, (_, i) =>
          api.runtime
            .sendMessage({
              type: 'recordReminder',
              customerId,
              channel: 'phone',
              action: 'call-logged',
              recipients: { to: [] },
              text: `电话记录 ${i}`,
              template: null,
              override: { reason: 'e2e: worker stopped mid-write' },
              at,
            })
            .then(
              (r) => {
                if (r?.ok && r.data?.entry) acked.push(r.data.entry.seq);
                else failed.push(JSON.stringify(r).slice(0, 120));
              },
              (e: unknown) => failed.push(String(e)),
            ),
        );
        Object.assign(window, { __appends: { acked, failed, done: Promise.all(all) } });
      },
      { customerId, at },
    );
    await stopServiceWorker(session);
    const outcome = await page.evaluate(async () => {
      const a = (window as unknown as { __appends: { acked: number[]; failed: string[]; done: Promise<unknown> } }).__appends;
      await a.done;
      return { acked: a.acked, failed: a.failed };
    });
    const stored = await auditSeqs(page);
    // Every acknowledged entry is stored; the stored ones are 1..n without a gap.
    for (const seq of outcome.acked) expect(stored).toContain(seq);
    expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));

    await page.goto(`chrome-extension://${session.extensionId}/options.html#audit`);
    await page.locator('#audit-verify').click();
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-ok'), { timeout: 20_000 }).toBe('true');
    expect(Number(await result.getAttribute('data-count'))).toBe(stored.length);
    await page.screenshot({ path: 'test-out/hostile-sw-stop.png', fullPage: true });
    console.log(`worker stop mid-write: ${outcome.acked.length} acknowledged, ${outcome.failed.length} refused or cut off, ${stored.length} stored`);
    await page.close();
  });
});
