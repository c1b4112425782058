import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CN_PACK } from '../../shared/compliance';
import { exportPublicKeySpki, generateRulePackKeyPair, signRulePack } from '../../shared/feed/rulePackSignature';
import { type ExtensionSession, blockNetwork, launchWithExtension, openOptions } from '../../scripts/browser/launch';

async function chooseLocale(page: Page, locale: 'zh_CN' | 'en'): Promise<void> {
  await page.locator('header.top select').selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe(locale === 'zh_CN' ? 'zh-CN' : 'en');
}

async function openSection(page: Page, id: string): Promise<void> {
  await page.locator(`nav.sections a[data-section="${id}"]`).click();
  await expect.poll(() => page.locator(`main#section-${id}`).count(), { timeout: 10_000 }).toBe(1);
}

describe('template editor in the options page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
    await blockNetwork(session.context);
  });
  afterAll(async () => session?.close());

  it('creates a user template, marks a threatening phrase in the preview, and saves clean versions', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'zh_CN');
    await openSection(page, 'templates');
    const editor = page.getByTestId('template-editor');
    await expect.poll(() => editor.count(), { timeout: 15_000 }).toBe(1);
    // 76 built-ins are listed and read-only.
    await expect.poll(() => page.getByTestId('template-list').locator('button[data-source="builtin"]').count()).toBeGreaterThan(70);

    await page.locator('#tpl-new').click();
    await page.locator('#tpl-channel').selectOption('sms');
    await page.locator('#tpl-stage').selectOption('gentle');
    await page.locator('#tpl-name-zh').fill('短信温和提醒');
    await page.locator('#tpl-name-en').fill('Gentle SMS');
    const body = page.locator('#tpl-body');
    await body.click();
    await page.keyboard.type('尊敬的');
    // The palette inserts at the caret: by mouse, then by keyboard (Tab to the button, Enter).
    await page.locator('button[data-variable="contact.name"]').click();
    await page.keyboard.type('，您的');
    await page.locator('button[data-variable="invoiceRef"]').focus();
    await page.keyboard.press('Enter');
    await body.press('End');
    await page.keyboard.type('已逾期。如果再不付款，我们将上门找你。');
    await expect.poll(() => body.inputValue()).toBe('尊敬的{{contact.name}}，您的{{invoiceRef}}已逾期。如果再不付款，我们将上门找你。');

    const marks = page.getByTestId('template-preview').locator('mark');
    await expect.poll(() => marks.count()).toBe(1);
    expect(await marks.first().getAttribute('data-rule')).toBe('wording.threat');
    expect(await marks.first().textContent()).toBe('上门找你');
    // The preview is the rendering with sample data, not the template source.
    expect(await page.getByTestId('template-preview').textContent()).toContain('王经理');
    expect(await page.getByTestId('sms-segments').getAttribute('data-segments')).toBe('1');
    await page.screenshot({ path: 'test-out/templates-lint-zh_CN.png', fullPage: true });

    // Typed markup is text in the preview, never elements.
    await body.fill('尊敬的{{contact.name}}：<b>x</b> 您的{{invoiceRef}}已逾期{{daysOverdue}}天，烦请安排付款。{{optOut}}');
    await expect.poll(() => page.getByTestId('template-lint').getAttribute('data-count')).toBe('0');
    expect(await page.getByTestId('template-preview').locator('b').count()).toBe(0);
    await body.fill('尊敬的{{contact.name}}：您的{{invoiceRef}}已逾期{{daysOverdue}}天，烦请安排付款。{{optOut}}');
    await expect.poll(() => page.getByTestId('template-validation').getAttribute('data-count')).toBe('0');
    await page.locator('#tpl-save').click();
    await expect.poll(() => page.getByTestId('template-note').textContent()).toContain('第 1 版');
    const mine = page.getByTestId('template-list').locator('button[data-source="user"]');
    await expect.poll(() => mine.count()).toBe(1);

    // An edit is a new version; the first stays as it was.
    await body.fill('尊敬的{{contact.name}}：您的{{invoiceRef}}已逾期{{daysOverdue}}天，烦请尽快安排付款，谢谢。{{optOut}}');
    await page.locator('#tpl-save').click();
    await expect.poll(() => page.getByTestId('template-note').textContent()).toContain('第 2 版');
    await expect.poll(() => page.locator('button.tpl-version').count()).toBe(2);
    await page.locator('button.tpl-version[data-version="1"]').click();
    expect(await body.inputValue()).toContain('烦请安排付款。');
    expect(await body.inputValue()).not.toContain('谢谢');
    await page.screenshot({ path: 'test-out/templates-versions-zh_CN.png', fullPage: true });

    // Both versions are stored under one id.
    const stored = await page.evaluate(
      () =>
        new Promise<{ id: string; version: number }[]>((resolve, reject) => {
          const open = indexedDB.open('ar-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('templates').objectStore('templates').getAll();
            req.onsuccess = () => resolve(req.result.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version })));
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(stored.map((r) => r.version).sort()).toEqual([1, 2]);
    expect(new Set(stored.map((r) => r.id)).size).toBe(1);

    await chooseLocale(page, 'en');
    await openSection(page, 'templates');
    await page.getByTestId('template-list').locator('button[data-source="user"]').click();
    await page.locator('#tpl-body').fill('Dear {{contact.name}}, pay now or we will call your employer.');
    await expect.poll(() => page.getByTestId('template-preview').locator('mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-out/templates-lint-en.png', fullPage: true });
    await page.close();
  });
});

describe('signed rule-pack feed from a local server', () => {
  let session: ExtensionSession;
  let server: Server;
  let base = '';
  let body = '';

  beforeAll(async () => {
    session = await launchWithExtension();
    await blockNetwork(session.context);
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      // The options page reads the loopback feed under CORS (no host permission is asked for http://127.0.0.1).
      const cors = {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Accept, If-None-Match',
        'Access-Control-Expose-Headers': 'ETag',
      };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await session?.close();
  });

  it('activates a well-signed pack, then refuses a bad signature with its reason and keeps the pack', async () => {
    const keys = await generateRulePackKeyPair();
    const intruder = await generateRulePackKeyPair();
    const pack = (version: string) => ({ ...CN_PACK, version, name: { en: 'Acme CN rules', zh_CN: 'Acme 中国规则' }, templates: [] });
    body = JSON.stringify(await signRulePack(pack('2026.9.0'), keys.privateKey, 'acme-2026'));

    const page = await openOptions(session);
    await chooseLocale(page, 'zh_CN');
    await openSection(page, 'data');
    const active = page.getByTestId('rule-pack-active');
    expect(await active.getAttribute('data-origin')).toBe('builtin');
    await page.locator('#feed-url').fill(`${base}/rules.json`);
    await page.locator('#feed-key').fill(await exportPublicKeySpki(keys.publicKey));
    await page.locator('#feed-key-id').fill('acme-2026');
    await page.locator('#feed-save').click();
    await page.locator('#feed-refresh').click();
    await expect.poll(() => active.getAttribute('data-version'), { timeout: 20_000 }).toBe('2026.9.0');
    expect(await active.getAttribute('data-origin')).toBe('feed');
    expect(await page.getByTestId('rule-pack-status').getAttribute('data-outcome')).toBe('updated');
    await page.getByTestId('rule-pack-card').screenshot({ path: 'test-out/rule-pack-active-zh_CN.png' });

    // A newer pack signed by another key: refused, with the reason shown, and 2026.9.0 stays in use.
    body = JSON.stringify(await signRulePack(pack('2026.10.0'), intruder.privateKey, 'acme-2026'));
    await page.locator('#feed-refresh').click();
    const status = page.getByTestId('rule-pack-status');
    await expect.poll(() => status.getAttribute('data-code'), { timeout: 20_000 }).toBe('bad-signature');
    expect(await status.getAttribute('data-outcome')).toBe('refused');
    expect(await status.textContent()).toContain('签名无效');
    expect(await active.getAttribute('data-version')).toBe('2026.9.0');
    await page.getByTestId('rule-pack-card').screenshot({ path: 'test-out/rule-pack-refused-zh_CN.png' });

    // The template editor lints with the active company pack.
    await openSection(page, 'templates');
    await expect.poll(() => page.getByTestId('template-editor').count(), { timeout: 15_000 }).toBe(1);
    await page.getByTestId('template-list').locator('button[data-source="builtin"]').first().click();
    await expect.poll(() => page.getByTestId('template-lint').locator('xpath=preceding-sibling::h4[1]').textContent()).toContain('2026.9.0');

    await chooseLocale(page, 'en');
    await openSection(page, 'data');
    await expect.poll(() => page.getByTestId('rule-pack-status').textContent()).toContain('signature is not valid');
    await page.getByTestId('rule-pack-card').screenshot({ path: 'test-out/rule-pack-refused-en.png' });
    await page.close();
  });
});
