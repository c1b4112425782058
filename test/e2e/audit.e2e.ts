import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, blockNetwork, launchWithExtension, openOptions } from '../../scripts/browser/launch';
import { writeSampleLedger } from './sampleLedger';
import { customerIdByCode, send } from './extensionPage';

async function chooseLocale(page: Page, locale: 'zh_CN' | 'en'): Promise<void> {
  await page.locator('header.top select').selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe(locale === 'zh_CN' ? 'zh-CN' : 'en');
}

async function openSection(page: Page, id: string): Promise<void> {
  await page.locator(`nav.sections a[data-section="${id}"]`).click();
  await expect.poll(() => page.locator(`main#section-${id}`).count(), { timeout: 10_000 }).toBe(1);
}

/** 10:00 in Shanghai on the next weekday after today (late-November weekdays are CN workdays), as epoch ms. */
function nextWeekdayTenAmShanghai(now = Date.now()): number {
  for (let d = 1; d < 8; d++) {
    const day = new Date(now + d * 86_400_000);
    const ymd = day.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const weekday = new Date(`${ymd}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return Date.parse(`${ymd}T10:00:00+08:00`);
  }
  throw new Error('no weekday in a week');
}


interface Options {
  templates: { id: string; version: number; suggested: boolean }[];
  recipients: { to: string[] };
}
interface Rendered {
  ok: boolean;
  text: string;
  subject?: string;
}
interface Recorded {
  ok: boolean;
  code?: string;
  entry?: { seq: number; text: string; template: { id: string; version: number } | null };
}

const FORMULA_TEXT = '=HYPERLINK("http://evil.example","点我")李强您好：贵司发票已逾期，烦请安排付款。如有疑问请致电021-5555-0100。';

describe('audit log: record, verify, export, tamper, evidence pack', () => {
  let session: ExtensionSession;
  let c1 = '';
  let c3 = '';
  let templateUsed: { id: string; version: number } | null = null;

  beforeAll(async () => {
    session = await launchWithExtension();
    await blockNetwork(session.context);
  });
  afterAll(async () => session?.close());

  it('imports the sample ledger and fills in the creditor profile', async () => {
    const page = await openOptions(session);
    await page.locator('#import-file').setInputFiles(writeSampleLedger());
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toMatch(/2000/);
    await openSection(page, 'templates');
    const fill = async (field: string, value: string) => page.locator(`#profile-${field}`).fill(value);
    await expect.poll(() => page.locator('#profile-company').count(), { timeout: 15_000 }).toBe(1);
    await fill('company', '杭州云帆科技有限公司');
    await fill('bankName', '招商银行杭州分行');
    await fill('bankAccount', '571900000000001');
    await fill('contactName', '财务部 陈静');
    await fill('contactPhone', '021-5555-0100');
    await fill('contactEmail', 'ar@yunfan-tech.example');
    await fill('disputeInstructions', '如对金额有异议，请致电021-5555-0100或回复本邮件，我们将在3个工作日内答复。');
    await fill('optOutLine', '如不希望再收到此类提醒，请回复“退订”。');
    await fill('userName', '陈静');
    await page.getByTestId('creditor-profile').locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('creditor-profile').locator('[role="status"], .ok').count()).toBeGreaterThan(0);
    c1 = await customerIdByCode(page, 'C0001');
    c3 = await customerIdByCode(page, 'C0003');
    await page.close();
  });

  it('records two reminders through the background: a rendered template and a free text starting with "="', async () => {
    const page = await openOptions(session);
    const at = nextWeekdayTenAmShanghai();
    const options = await send<Options>(page, { type: 'reminderOptions', customerId: c1, channel: 'email', locale: 'zh_CN' });
    const choice = options.templates.find((t) => t.suggested) ?? options.templates[0];
    expect(choice).toBeDefined();
    if (!choice) return;
    const recipients = { to: options.recipients.to.slice(0, 1) };
    const rendered = await send<Rendered>(page, {
      type: 'renderReminder',
      customerId: c1,
      templateId: choice.id,
      templateVersion: choice.version,
      channel: 'email',
      locale: 'zh_CN',
      recipients,
      at,
    });
    expect(rendered, JSON.stringify(rendered).slice(0, 800)).toMatchObject({ ok: true });
    const first = await send<Recorded>(page, {
      type: 'recordReminder',
      customerId: c1,
      channel: 'email',
      action: 'copied',
      recipients,
      subject: rendered.subject,
      text: rendered.text,
      template: { id: choice.id, version: choice.version },
      override: { reason: 'e2e: checked by a person' },
      at,
    });
    expect(first).toMatchObject({ ok: true, entry: { seq: 1, template: { id: choice.id, version: choice.version } } });
    templateUsed = { id: choice.id, version: choice.version };

    const second = await send<Recorded>(page, {
      type: 'recordReminder',
      customerId: c3,
      channel: 'email',
      action: 'copied',
      recipients: { to: ['li.qiang@lanhai-e.com'] },
      subject: '对账提醒',
      text: FORMULA_TEXT,
      template: null,
      override: { reason: 'e2e: checked by a person' },
      at,
    });
    expect(second).toMatchObject({ ok: true, entry: { seq: 2, text: FORMULA_TEXT } });
    await page.close();
  });

  it('verifies the chain, exports CSV (formula neutralised) and JSON, then reports a tampered entry', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'zh_CN');
    await openSection(page, 'audit');
    const rows = page.getByTestId('audit-table').locator('tbody tr[data-seq]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    await page.locator('#audit-verify').click();
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-ok')).toBe('true');
    expect(await result.getAttribute('data-count')).toBe('2');
    expect(await result.textContent()).toContain('日志链完整');
    await page.screenshot({ path: 'test-out/audit-verified-zh_CN.png', fullPage: true });

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#audit-export-csv').click()]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain(templateUsed?.id ?? 'missing');
    expect(csv.trim().split(/\r?\n/).filter((l) => /^\d+,/.test(l))).toHaveLength(2);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#audit-export-json').click()]);
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { format: string; entries: { seq: number; text: string; template: unknown }[] };
    expect(json.format).toBe('ar-lens-audit');
    expect(json.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(json.entries[0]?.template).toEqual(templateUsed);
    expect(json.entries[1]?.text).toBe(FORMULA_TEXT);

    // Filters: by customer, and by channel with nothing matching.
    await page.locator('#audit-customer').selectOption(c3);
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('#audit-channel').selectOption('sms');
    await expect.poll(() => rows.count()).toBe(0);
    await page.locator('.audit-filters button').click();
    await expect.poll(() => rows.count()).toBe(2);

    // Before any tampering the evidence pack reports the whole chain intact.
    const intact = await session.context.newPage();
    await intact.goto(`chrome-extension://${session.extensionId}/evidence.html?customer=${encodeURIComponent(c1)}`);
    await expect.poll(() => intact.locator('#print').count(), { timeout: 15_000 }).toBe(1);
    expect(await intact.locator('p.ok').textContent()).toContain('全部 2 条记录的哈希链完整');
    await intact.screenshot({ path: 'test-out/evidence-pack-intact-zh_CN.png', fullPage: true });
    await intact.close();

    // Someone edits the first entry's text in IndexedDB.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ar-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('audit', 'readwrite');
            const store = tx.objectStore('audit');
            const get = store.get(1);
            get.onsuccess = () => store.put({ ...get.result, text: `${get.result.text as string}（已付清）` });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.locator('#audit-verify').click();
    await expect.poll(() => result.getAttribute('data-ok')).toBe('false');
    expect(await result.getAttribute('data-broken-at')).toBe('1');
    expect(await result.getAttribute('data-reason')).toBe('hash-mismatch');
    await page.screenshot({ path: 'test-out/audit-tampered-zh_CN.png', fullPage: true });

    await chooseLocale(page, 'en');
    await openSection(page, 'audit');
    await page.locator('#audit-verify').click();
    await expect.poll(() => result.textContent()).toContain('Chain broken at entry #1');
    await page.screenshot({ path: 'test-out/audit-tampered-en.png', fullPage: true });
    await page.close();
  });

  it('opens the printable evidence pack of a customer in both languages', async () => {
    const page = await openOptions(session);
    for (const locale of ['zh_CN', 'en'] as const) {
      await chooseLocale(page, locale);
      await openSection(page, 'audit');
      const link = page.locator(`tr[data-customer="${c1}"] a.evidence-link`);
      await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
      const [evidence] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
      await evidence.waitForLoadState();
      await expect.poll(() => evidence.locator('#print').count(), { timeout: 15_000 }).toBe(1);
      const text = (await evidence.locator('body').textContent()) ?? '';
      expect(text).toContain('北京星河科技有限公司');
      expect(text).toContain(locale === 'zh_CN' ? '校验未通过' : 'Failed: the chain is broken at entry 1');
      expect(await evidence.locator('section.entry').count()).toBe(1);
      expect(await evidence.locator('script').count()).toBe(0);
      await evidence.screenshot({ path: `test-out/evidence-pack-${locale}.png`, fullPage: true });
      await evidence.close();
    }
    await page.close();
  });
  it('pins each audit entry to the exact user-template version it used, across an edit in the editor', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'zh_CN');
    await openSection(page, 'templates');
    await expect.poll(() => page.getByTestId('template-editor').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('#tpl-new').click();
    await page.locator('#tpl-channel').selectOption('wechat');
    await page.locator('#tpl-stage').selectOption('statement');
    await page.locator('#tpl-name-zh').fill('微信对账');
    const v1Body = '{{contact.name}}您好，截至{{asOf}}，{{invoiceRef}}合计未付{{total}}。如有疑问请联系{{creditor.contactLine}}。';
    await page.locator('#tpl-body').fill(v1Body);
    await expect.poll(() => page.getByTestId('template-validation').getAttribute('data-count')).toBe('0');
    await page.locator('#tpl-save').click();
    await expect.poll(() => page.getByTestId('template-note').textContent()).toContain('第 1 版');
    const id = (await page.getByTestId('template-list').locator('button[data-source="user"]').getAttribute('data-template-id')) ?? '';
    expect(id).not.toBe('');

    const at = nextWeekdayTenAmShanghai();
    const record = async (customerId: string, to: string, version: number) => {
      const rendered = await send<Rendered>(page, {
        type: 'renderReminder',
        customerId,
        templateId: id,
        templateVersion: version,
        channel: 'wechat',
        locale: 'zh_CN',
        recipients: { to: [to] },
        at,
      });
      expect(rendered, JSON.stringify(rendered).slice(0, 600)).toMatchObject({ ok: true });
      const recorded = await send<Recorded>(page, {
        type: 'recordReminder',
        customerId,
        channel: 'wechat',
        action: 'copied',
        recipients: { to: [to] },
        text: rendered.text,
        template: { id, version },
        override: { reason: 'e2e: checked by a person' },
        at,
      });
      expect(recorded, JSON.stringify(recorded).slice(0, 600)).toMatchObject({ ok: true, entry: { template: { id, version } } });
      return rendered.text;
    };
    const c5 = await customerIdByCode(page, 'C0005');
    const c2 = await customerIdByCode(page, 'C0002');
    const v1Text = await record(c5, '张伟', 1);

    await page.locator('#tpl-body').fill(`${v1Body}谢谢！`);
    await page.locator('#tpl-save').click();
    await expect.poll(() => page.getByTestId('template-note').textContent()).toContain('第 2 版');
    const v2Text = await record(c2, 'Emily Chen', 2);
    expect(v1Text).not.toContain('谢谢');
    expect(v2Text).toContain('谢谢');

    await openSection(page, 'audit');
    await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr[data-seq]').count(), { timeout: 15_000 }).toBe(4);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#audit-export-json').click()]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { entries: { text: string; template: { id: string; version: number } | null }[] };
    const mine = json.entries.filter((e) => e.template?.id === id);
    expect(mine.map((e) => [e.template?.version, e.text])).toEqual([
      [1, v1Text],
      [2, v2Text],
    ]);
    await page.close();
  });
});
