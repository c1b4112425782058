import type { Page } from 'playwright-core';

/** A request to the background from an extension page, as the extension's own pages send it. */
export function send<T>(page: Page, message: unknown): Promise<T> {
  return page.evaluate(async (m) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
    const reply = (await api.runtime.sendMessage(m)) as { ok: boolean; data?: unknown; error?: string };
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  }, message) as Promise<T>;
}

/** A customer's id by its code, read straight from the extension's IndexedDB in an extension page. */
export function customerIdByCode(page: Page, code: string): Promise<string> {
  return page.evaluate(
    (c) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ar-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('customers').objectStore('customers').index('code').get(c);
          req.onsuccess = () => (req.result ? resolve(req.result.id as string) : reject(new Error(`no ${c}`)));
          req.onerror = () => reject(req.error);
        };
      }),
    code,
  );
}
