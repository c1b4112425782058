import type { Page } from 'playwright-core';
import { type ExtensionSession, fixture, serveAt } from '../scripts/browser/launch';
import { type Figure, openBenchPage, round } from './lib';
import { stopServiceWorker } from './serviceWorker';
import { percentile } from '../extension/entrypoints/bench/stats';

const SF = 'https://xinghe-demo.lightning.force.com';
const RECORDS = [
  { url: `${SF}/lightning/r/Account/0015g00000XyZ1aAAF/view`, file: '2026-11-22-account-view.html', code: 'C0001' },
  { url: `${SF}/lightning/r/Account/0015g00000AbC2bAAF/view`, file: '2026-11-22-account-view-b.html', code: 'C0002' },
] as const;
const WARM_ROUNDS = 60;
const COLD_ROUNDS = 8;

interface Latency {
  /** Record header inserted → badge content `[data-state=found]` for that customer in the shadow root. */
  dom: number;
  /** … → the animation frame after it (the frame that paints it). */
  frame: number;
}

/**
 * Main-world watcher: a MutationObserver over the document and over every `ar-lens-badge` shadow root (open),
 * timestamping with the page's own clock when the expected customer's found state appears.
 */
async function installWatcher(page: Page, htmls: string[]): Promise<void> {
  // tsx compiles with keepNames: the functions below call an `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate((htmls) => {
    type Watch = { expect: string | null; t0: number; resolve: ((l: { dom: number; frame: number }) => void) | null; headers: Element[] };
    const parsed = htmls.map((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('.oneOne') as Element);
    const w: Watch = { expect: null, t0: 0, resolve: null, headers: parsed };
    const seen = new WeakSet<ShadowRoot>();
    const check = () => {
      for (const host of document.querySelectorAll('ar-lens-badge')) {
        const root = host.shadowRoot;
        if (root && !seen.has(root)) {
          seen.add(root);
          observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        }
      }
      if (!w.expect) return;
      const el = document.querySelector('ar-lens-badge')?.shadowRoot?.querySelector(`[data-state="found"][data-customer="${w.expect}"]`);
      if (!el) return;
      const dom = performance.now() - w.t0;
      const done = w.resolve;
      w.expect = null;
      requestAnimationFrame(() => done?.({ dom, frame: performance.now() - w.t0 }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    Object.assign(window, { __arBench: { w, check } });
  }, htmls);
}

/** Lightning's in-app navigation: the URL changes, the new record's header replaces the old one. Times the badge. */
function navigate(page: Page, index: number, url: string, code: string): Promise<Latency> {
  return page.evaluate(
    ({ index, url, code }) =>
      new Promise<Latency>((resolve, reject) => {
        const bench = (window as unknown as { __arBench: { w: { expect: string | null; t0: number; resolve: unknown; headers: Element[] }; check(): void } }).__arBench;
        const timer = setTimeout(() => reject(new Error(`no badge for ${code} within 30 s`)), 30_000);
        bench.w.resolve = (l: Latency) => {
          clearTimeout(timer);
          resolve(l);
        };
        bench.w.expect = code;
        history.pushState({}, '', url);
        document.querySelector('.oneOne')?.replaceWith(bench.w.headers[index]!.cloneNode(true));
        bench.w.t0 = performance.now();
        bench.check();
      }),
    { index, url, code },
  );
}

function stats(samples: number[]) {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), n: samples.length };
}

/**
 * Badge latency on a Salesforce record page (fixtures served at the real URL, ledger already imported), warm and
 * right after the service worker was stopped, against a bare `ping` round trip from an extension page in the same
 * run (warm, and the first ping after a stop). The network must already be blocked (run.ts does it once).
 */
export async function runBadgeBench(session: ExtensionSession): Promise<Figure[]> {
  for (const r of RECORDS) await serveAt(session.context, r.url, fixture('salesforce', r.file));
  const htmls = RECORDS.map((r) => fixture('salesforce', r.file));
  const page = await session.context.newPage();
  await page.goto(RECORDS[0].url);
  await page.locator('ar-lens-badge [data-state="found"]').waitFor({ timeout: 60_000 });
  await installWatcher(page, htmls);

  const warm: Latency[] = [];
  for (let i = 0; i < WARM_ROUNDS; i++) {
    const r = RECORDS[(i + 1) % 2]!;
    warm.push(await navigate(page, (i + 1) % 2, r.url, r.code));
  }
  const bench = await openBenchPage(session);
  const pingWarm = await bench.evaluate(() => window.arLensBench.pingBench(200));
  // The lookup the badge sends, alone: what the background costs, so the rest is the content script and the page.
  const lookupWarm = await bench.evaluate(
    () =>
      window.arLensBench.lookupBench(
        { system: 'salesforce', objectType: 'Account', recordId: '0015g00000XyZ1aAAF', name: '北京星河科技有限公司', confidence: 'url' },
        100,
      ),
  );

  const cold: Latency[] = [];
  const pingCold: number[] = [];
  for (let i = 0; i < COLD_ROUNDS; i++) {
    await stopServiceWorker(session);
    // Stopping the worker went through another tab: make the record page the visible one again, or its animation
    // frames (and the runtime's scheduling) are throttled like a background tab's.
    await page.bringToFront();
    const r = RECORDS[(WARM_ROUNDS + i + 1) % 2]!;
    cold.push(await navigate(page, (WARM_ROUNDS + i + 1) % 2, r.url, r.code));
    await stopServiceWorker(session);
    await bench.bringToFront();
    pingCold.push(...(await bench.evaluate(() => window.arLensBench.pingBench(1))));
  }
  await bench.close();
  await page.close();

  const w = stats(warm.map((l) => l.dom));
  const wf = stats(warm.map((l) => l.frame));
  const c = stats(cold.map((l) => l.dom));
  const cf = stats(cold.map((l) => l.frame));
  const pw = stats(pingWarm);
  const pc = stats(pingCold);
  const lw = stats(lookupWarm);
  return [
    {
      name: 'badge latency, warm (record header inserted → badge in the DOM)',
      unit: 'ms',
      value: w.p50,
      p95: w.p95,
      floor: pw.p50,
      floorName: `bare ping round trip, p95 ${pw.p95} ms`,
      ratio: round(w.p50 / pw.p50, 1),
      goal: 'p95 ≤ 16.7 ms',
      meetsGoal: w.p95 <= 16.7,
      note: `badge warm: ${w.n} in-app navigations alternating two accounts; to the frame that paints it p50 ${wf.p50} ms, p95 ${wf.p95} ms; the badge's lookup request alone from an extension page p50 ${lw.p50} ms, p95 ${lw.p95} ms`,
    },
    {
      name: 'badge latency after a service-worker stop',
      unit: 'ms',
      value: c.p50,
      p95: c.p95,
      floor: pc.p50,
      floorName: `first ping after a stop, p95 ${pc.p95} ms`,
      ratio: round(c.p50 / pc.p50, 1),
      note: `badge cold: ${c.n} rounds, worker stopped by DevTools ServiceWorker.stopAllWorkers before each; to the painting frame p50 ${cf.p50} ms, p95 ${cf.p95} ms`,
    },
  ];
}
