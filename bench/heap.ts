import { type ExtensionSession, fixture, serveAt } from '../scripts/browser/launch';
import { type Figure, round } from './lib';
import { serviceWorkerHeapMb } from './serviceWorker';
import { percentile } from '../extension/entrypoints/bench/stats';

const MATCHING = 'https://xinghe-demo.lightning.force.com/lightning/r/Account/0015g00000XyZ1aAAF/view?heap';
const PLAIN = 'https://plain-crm.example.test/lightning/r/Account/0015g00000XyZ1aAAF/view';
const ROUNDS = 3;

/** Used JS heap of a page's isolate after a full GC; the content script's isolated world lives in the same isolate. */
async function pageHeapMb(session: ExtensionSession, url: string, waitForBadge: boolean): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(url);
    if (waitForBadge) await page.locator('ar-lens-badge [data-state="found"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await page.close();
  }
}

/**
 * JS heap of the service worker (Runtime.getHeapUsage on its target, after the benchmarks above filled its
 * caches) and of the Salesforce content script with its badge showing (the page's isolate with the script
 * minus the same page where no content script runs).
 */
export async function runHeapBench(session: ExtensionSession): Promise<Figure[]> {
  const html = fixture('salesforce', '2026-11-22-account-view.html');
  await serveAt(session.context, MATCHING, html);
  await serveAt(session.context, PLAIN, html);
  const withExt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    without.push(await pageHeapMb(session, PLAIN, false));
    withExt.push(await pageHeapMb(session, MATCHING, true));
  }
  const w = percentile(withExt, 50);
  const wo = percentile(without, 50);
  const figures: Figure[] = [
    {
      name: 'JS heap of the Salesforce content script (badge shown)',
      unit: 'MB',
      value: round(w - wo, 2),
      note: `content-script heap: page isolate ${round(w, 2)} MB with the content script vs ${round(wo, 2)} MB without (medians of ${ROUNDS}, after a full GC, CDP Runtime.getHeapUsage); the isolated world shares the page's isolate, so the difference is the script's`,
    },
  ];
  const sw = await serviceWorkerHeapMb(session);
  figures.push(
    sw === undefined
      ? { name: 'JS heap of the service worker', unit: 'MB', value: Number.NaN, note: 'service-worker heap: its DevTools target was not reachable in this run' }
      : {
          name: 'JS heap of the service worker',
          unit: 'MB',
          value: round(sw, 2),
          note: 'service-worker heap: CDP Runtime.getHeapUsage on the worker target after a full GC, with the 10,000-customer ledger loaded and its caches warm',
        },
  );
  return figures;
}
