import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';

/** The built Chrome extension; AR_LENS_OUT_DIR picks a parallel build's folder. */
export function extensionDir(): string {
  return resolve(process.env.AR_LENS_OUT_DIR ?? '.output', 'chrome-mv3');
}
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension in a throwaway profile (see research/toolchain.md). */
export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'ar-lens-e2e-'));
  const extension = extensionDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'zh-CN'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function fixture(site: string, name: string): string {
  return readFileSync(resolve('test/fixtures', site, name), 'utf8');
}

/**
 * Serves HTML at a site's real URL, so content scripts run exactly as they would in production. The
 * fragment never reaches the network, so it takes no part in matching.
 */
export async function serveAt(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = url.split('#')[0];
  await context.route(
    (u) => u.href.split('#')[0] === target,
    (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
}

/** Every other request to the outside world fails fast instead of waiting on a closed network. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

/** Text and data attributes of the badge inside its shadow root (Playwright pierces open shadow roots). */
export function badge(page: Page) {
  return page.locator('ar-lens-badge');
}
