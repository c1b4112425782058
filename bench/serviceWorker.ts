import type { CDPSession, Worker } from 'playwright-core';
import type { ExtensionSession } from '../scripts/browser/launch';

interface WorkerVersion {
  versionId: string;
  runningStatus: string;
  scriptURL: string;
}

/**
 * Stops the extension's service worker the way Chrome does after 30 s idle, through the DevTools protocol, and
 * waits until Chrome reports it stopped. `ServiceWorker.stopAllWorkers` only reaches the workers of the page's
 * own storage partition, so it is sent from an extension page (an about:blank page cannot stop it). The next
 * message starts the worker again.
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#data`);
    const cdp: CDPSession = await session.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('service worker did not stop')), 15_000);
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** The extension's running service worker (after a restart, the new one); updates `session.worker`. */
export async function runningWorker(session: ExtensionSession): Promise<Worker> {
  const worker = session.context.serviceWorkers().at(-1) ?? (await session.context.waitForEvent('serviceworker', { timeout: 15_000 }));
  session.worker = worker;
  return worker;
}

/**
 * `Runtime.getHeapUsage` of the extension's service worker, through a browser-level DevTools session attached to
 * the worker's target (after a garbage collection). Returns megabytes used, or undefined when unreachable.
 */
export async function serviceWorkerHeapMb(session: ExtensionSession): Promise<number | undefined> {
  const browser = session.context.browser();
  if (!browser) return undefined;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
    if (!target) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    let id = 0;
    const call = (method: string) =>
      new Promise<Record<string, number>>((resolve) => {
        const mine = ++id;
        const listener = (e: { sessionId: string; message: string }) => {
          const reply = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
          if (e.sessionId !== sessionId || reply.id !== mine) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(reply.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return usage.usedSize === undefined ? undefined : usage.usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}
