import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, badge, blockNetwork, extensionDir, fixture, launchWithExtension, serveAt } from '../../scripts/browser/launch';
import { expectedBadge, localToday, writeSampleLedger } from './sampleLedger';

const ACME = 'https://erp.acme-test.cn';
const ACME_PATTERN = `${ACME}/*`;
const ACME_1001 = `${ACME}/customers/1001`;
const ACME_1004 = `${ACME}/customers/1004?tab=invoices`;
const JIANDAOYUN_PATTERN = 'https://*.jiandaoyun.com/*';
const JIANDAOYUN_RECORD =
  'https://www.jiandaoyun.com/dashboard/app/5f8a1b2c3d4e5f6a7b8c9d0e/form/5f8a1b2c3d4e5f6a7b8c9d0f/data/64b7c8d9e0f1a2b3c4d5e6f7';
const SF_ACCOUNT = 'https://xinghe-demo.lightning.force.com/lightning/r/Account/0015g00000XyZ1aAAF/view';

/**
 * The browser's host-permission prompt is a native bubble that headless Chromium shows and nobody can answer
 * (tried: `permissions.request` after a real click stays pending; Chromium has no switch to auto-accept it, and
 * Playwright's grantPermissions covers web permissions only). `permissions.request` resolves true at once,
 * without a prompt, for origins the extension already holds. So the test loads a COPY of the build whose manifest
 * also lists the two test sites as host permissions: the options page still calls `permissions.request` from the
 * save click, and the background still registers the content script only through `scripting.registerContentScripts`
 * (host permissions alone inject nothing). The shipped manifest is untouched.
 */
function extensionCopyWithTestHosts(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'ar-lens-generic-ext-'));
  const ext = join(outDir, 'chrome-mv3');
  cpSync(extensionDir(), ext, { recursive: true });
  const manifestPath = join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [ACME_PATTERN, JIANDAOYUN_PATTERN];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return outDir;
}

/** The shared harness, pointed at the copy for the length of the launch. */
async function launch(): Promise<ExtensionSession & { copy: string }> {
  const built = process.env.AR_LENS_OUT_DIR;
  const copy = extensionCopyWithTestHosts();
  process.env.AR_LENS_OUT_DIR = copy;
  try {
    return { ...(await launchWithExtension()), copy };
  } finally {
    if (built === undefined) delete process.env.AR_LENS_OUT_DIR;
    else process.env.AR_LENS_OUT_DIR = built;
  }
}

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

describe('generic connector: a site configured in the options page shows the badge', () => {
  let session: ExtensionSession & { copy: string };
  let csv: string;
  let options: Page;
  const asOf = localToday();

  const registered = async (): Promise<Registered[]> => {
    // The service worker may have been restarted; take the live one.
    const worker = session.context.serviceWorkers()[0] ?? session.worker;
    return (await worker.evaluate('chrome.scripting.getRegisteredContentScripts()')) as Registered[];
  };

  const expectCustomer = async (page: Page, code: string) => {
    const found = badge(page).locator('[data-state="found"]');
    await expect.poll(() => found.getAttribute('data-customer'), { timeout: 20_000 }).toBe(code);
    const want = expectedBadge(csv, code, asOf);
    expect(Number(await found.locator('.days').getAttribute('data-days'))).toBe(want.worstDays);
    expect(Number(await found.locator('.credit').getAttribute('data-available'))).toBe(want.availableCents);
    expect(await badge(page).count()).toBe(1);
    return want;
  };

  /** No badge after the page loaded and the content script had time to ask the background and paint. */
  const expectNoBadge = async (page: Page) => {
    await page.waitForLoadState('load');
    await page.waitForTimeout(2_500);
    expect(await badge(page).count()).toBe(0);
  };

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launch();
    await blockNetwork(session.context);
    await serveAt(session.context, ACME_1001, fixture('generic', '2026-11-22-custom-erp-customer.html'));
    await serveAt(session.context, ACME_1004, fixture('generic', '2026-11-22-custom-erp-customer-b.html'));
    await serveAt(session.context, JIANDAOYUN_RECORD, fixture('generic', '2026-11-22-jiandaoyun-record.html'));
    await serveAt(session.context, SF_ACCOUNT, fixture('salesforce', '2026-11-22-account-view.html'));
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#data`);
    await options.locator('#import-file').setInputFiles(csv);
    const confirm = options.getByTestId('import-confirm');
    const summary = options.getByTestId('import-summary');
    await confirm.or(summary).first().waitFor({ timeout: 90_000 });
    if (await confirm.isVisible()) await confirm.click();
    await summary.filter({ hasText: /2000/ }).waitFor({ timeout: 90_000 });
  });
  afterAll(async () => {
    await session?.close();
    if (session) rmSync(session.copy, { recursive: true, force: true });
  });

  it('shows each validation error at its field, in Chinese, and saves nothing', async () => {
    await options.goto(`chrome-extension://${session.extensionId}/options.html#connectors`);
    await options.getByTestId('new-site').click();
    const editor = options.getByTestId('site-editor');
    await editor.locator('#site-label').fill('Acme ERP');
    await editor.locator('#site-matches').fill('http://erp.acme-test.cn/*\n<all_urls>');
    await editor.locator('#site-recordUrl').fill('/customers/(\\d+');
    await options.getByTestId('site-save').click();
    await expect.poll(() => options.getByTestId('site-errors').count()).toBe(1);
    const matchErrors = editor.locator('[data-error-for="site-matches"] li');
    expect(await matchErrors.allTextContents()).toEqual(['网址模式必须以 https:// 开头（不接受 http 或 *://）。', expect.stringContaining('覆盖所有网站')]);
    expect(await editor.locator('[data-error-for="site-recordUrl"]').textContent()).toBe('正则表达式无效。');
    expect(await editor.locator('[data-error-for="customerName-selector"]').textContent()).toBe('请填写 CSS 选择器。');
    expect(await editor.locator('#site-matches').getAttribute('aria-invalid')).toBe('true');
    await options.screenshot({ path: 'test-out/generic-options-errors-zh.png', fullPage: true });
    expect((await registered()).length).toBe(0);
  });

  it('saves a custom site: asks for its hosts, registers one content script, and the badge shows there', async () => {
    const editor = options.getByTestId('site-editor');
    await editor.locator('#site-matches').fill(ACME_PATTERN);
    await editor.locator('#site-recordUrl').fill('/customers/\\d+');
    await editor.locator('#site-objectType').fill('customer');
    await editor.locator('#recordId-kind').selectOption('selector');
    await editor.locator('#recordId-selector').fill('main.record[data-record-id]');
    await editor.locator('#recordId-attribute').fill('data-record-id');
    await editor.locator('#customerName-selector').fill('main.record h1.record-title');
    await editor.locator('#site-anchor-mode').selectOption('prepend');
    await editor.locator('#site-anchor-selector').fill('main.record .record-actions');
    await options.getByTestId('site-save').click();
    await expect.poll(() => options.getByTestId('site-status').textContent(), { timeout: 20_000 }).toContain('已保存 Acme ERP');
    expect(await options.getByTestId('site-editor').count()).toBe(0);
    expect(await options.locator('[data-site-id="acme-erp"] [data-testid="site-state"]').textContent()).toContain('已启用');

    const scripts = await registered();
    expect(scripts.map((s) => [s.id, s.matches, s.js, s.persistAcrossSessions])).toEqual([
      ['generic-acme-erp', [ACME_PATTERN], ['content-scripts/generic.js'], true],
    ]);

    const page = await session.context.newPage();
    await page.goto(ACME_1001);
    await expectCustomer(page, 'C0001');
    // Placed at the configured anchor, not floating.
    expect(await page.locator('main.record .record-actions > ar-lens-badge').count()).toBe(1);
    await page.screenshot({ path: 'test-out/generic-acme-badge-zh.png' });
    await badge(page).locator('[data-state="found"] button.badge').click();
    await expect.poll(() => badge(page).locator('.panel').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-out/generic-acme-panel-zh.png' });

    const other = await session.context.newPage();
    await other.goto(ACME_1004);
    await expectCustomer(other, 'C0004');
    await other.close();
    await page.close();
  });

  it('"test on this tab" lists the open tabs of the site and reports what each extractor found', async () => {
    const page = await session.context.newPage();
    await page.goto(ACME_1001);
    await options.bringToFront();
    const row = options.locator('[data-site-id="acme-erp"]');
    await row.locator('summary').click();
    await row.getByTestId('find-tabs').click();
    const test = row.locator(`[data-testid="test-tab"][data-url="${ACME_1001}"]`);
    await test.waitFor({ timeout: 10_000 });
    await test.click();
    const report = row.getByTestId('extraction-report');
    await report.waitFor({ timeout: 10_000 });
    expect(await report.locator('tr[data-field="customerName"]').getAttribute('data-found')).toBe('yes');
    expect(await report.locator('tr[data-field="customerName"] td').textContent()).toBe('找到“北京星河科技有限公司”（来自页面元素）');
    expect(await report.locator('tr[data-field="recordId"] td').textContent()).toContain('“1001”');
    expect(await report.locator('tr[data-field="anchor"]').getAttribute('data-found')).toBe('yes');
    expect(await report.locator('tr[data-field="identity"] td').textContent()).toBe('generic:acme-erp · 1001 · 北京星河科技有限公司');
    await options.screenshot({ path: 'test-out/generic-options-report-zh.png', fullPage: true });

    // A page of the site that is not a record: the report says why nothing was found.
    await page.evaluate(() => history.pushState({}, '', '/customers'));
    await row.getByTestId('find-tabs').click();
    await row.locator(`[data-testid="test-tab"][data-url="${ACME}/customers"]`).click();
    await expect.poll(() => row.getByTestId('report-reason').textContent()).toBeTruthy();
    expect(await report.locator('tr[data-field="isRecordPage"]').getAttribute('data-found')).toBe('no');
    await page.close();
  });

  it('starts from the 简道云 preset: the badge floats on its record page with the customer read beside 客户名称', async () => {
    await options.locator('#site-start').selectOption('jiandaoyun');
    await options.getByTestId('new-site').click();
    const editor = options.getByTestId('site-editor');
    expect(await editor.locator('#site-matches').inputValue()).toBe(JIANDAOYUN_PATTERN);
    expect(await editor.locator('#customerName-labels').inputValue()).toBe('客户名称\nCustomer Name');
    await options.getByTestId('site-save').click();
    await expect.poll(() => options.getByTestId('site-status').textContent(), { timeout: 20_000 }).toContain('已保存 简道云');
    expect((await registered()).map((s) => s.id).sort()).toEqual(['generic-acme-erp', 'generic-jiandaoyun']);
    const page = await session.context.newPage();
    await page.goto(JIANDAOYUN_RECORD);
    await expectCustomer(page, 'C0005');
    await page.screenshot({ path: 'test-out/generic-jiandaoyun-badge-zh.png' });
    await page.close();
  });

  it('switching a generic site off unregisters its script: no badge on the next load', async () => {
    await options.locator('[data-site-id="jiandaoyun"] input[type="checkbox"]').uncheck();
    await expect.poll(async () => (await registered()).map((s) => s.id)).toEqual(['generic-acme-erp']);
    const page = await session.context.newPage();
    await page.goto(JIANDAOYUN_RECORD);
    await expectNoBadge(page);
    await page.close();
  });

  it('an edit updates the registered patterns in place; a delete unregisters the script', async () => {
    await options.locator('[data-site-id="acme-erp"]').getByRole('button', { name: '编辑' }).click();
    const editor = options.getByTestId('site-editor');
    await editor.locator('#site-matches').fill(`${ACME}/customers/*`);
    await options.getByTestId('site-save').click();
    await expect.poll(() => options.getByTestId('site-status').textContent(), { timeout: 20_000 }).toContain(`${ACME}/customers/*`);
    await expect.poll(async () => (await registered()).map((s) => [s.id, s.matches])).toEqual([['generic-acme-erp', [`${ACME}/customers/*`]]]);
    const page = await session.context.newPage();
    await page.goto(ACME_1001);
    await expectCustomer(page, 'C0001');
    await page.close();

    options.once('dialog', (dialog) => void dialog.accept());
    await options.locator('[data-site-id="jiandaoyun"]').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => options.locator('[data-site-id="jiandaoyun"]').count()).toBe(0);
    expect((await registered()).map((s) => s.id)).toEqual(['generic-acme-erp']);
  });

  it('switching a built-in site off removes its badge on the next load, and on again brings it back', async () => {
    const page = await session.context.newPage();
    await page.goto(SF_ACCOUNT);
    await expectCustomer(page, 'C0001');

    await options.bringToFront();
    await options.locator('input[data-site="salesforce"]').uncheck();
    await expect.poll(() => options.getByTestId('switch-status').textContent()).toContain('已关闭 Salesforce');
    await options.screenshot({ path: 'test-out/generic-options-switches-zh.png', fullPage: true });
    await page.reload();
    await expectNoBadge(page);

    await options.locator('input[data-site="salesforce"]').check();
    await page.reload();
    await expectCustomer(page, 'C0001');
    await page.close();
  });

  it('speaks English when the user chooses it: the section, the errors, the report and the badge', async () => {
    await options.locator('header.top select').selectOption('en');
    await options.reload();
    await expect.poll(() => options.locator('#generic-heading').textContent()).toBe('Your own sites (generic connector)');
    const page = await session.context.newPage();
    await page.goto(ACME_1001);
    await expectCustomer(page, 'C0001');
    await page.screenshot({ path: 'test-out/generic-acme-badge-en.png' });

    await options.bringToFront();
    const row = options.locator('[data-site-id="acme-erp"]');
    await row.locator('summary').click();
    await row.getByTestId('find-tabs').click();
    await row.locator(`[data-testid="test-tab"][data-url="${ACME_1001}"]`).click();
    await expect
      .poll(() => row.locator('[data-testid="extraction-report"] tr[data-field="customerName"] td').textContent())
      .toBe('Found “北京星河科技有限公司” (from the page)');
    await options.screenshot({ path: 'test-out/generic-options-report-en.png', fullPage: true });

    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = options.getByTestId('site-editor');
    await editor.locator('#site-matches').fill('https://*.com/*');
    await editor.locator('#customerName-selector').fill('');
    await options.getByTestId('site-save').click();
    await expect.poll(() => editor.locator('[data-error-for="site-matches"]').textContent()).toContain('would cover every website');
    expect(await editor.locator('[data-error-for="customerName-selector"]').textContent()).toBe('Enter a CSS selector.');
    await options.screenshot({ path: 'test-out/generic-options-errors-en.png', fullPage: true });
    await page.close();
  });
});
