import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, badge, blockNetwork, fixture, launchWithExtension, openOptions, serveAt } from '../../scripts/browser/launch';
import { HOSTILE_NAMES, XSS, hostileLedgerCsv } from '../shared/hostile/payloads';
import { XSS_TRAP, type XssScan } from '../shared/hostile/trap';
import { SCENARIOS } from './mailSites';
import { localToday } from './sampleLedger';
import { customerIdByCode, send } from './extensionPage';

const ACCOUNT_A = 'https://xinghe-demo.lightning.force.com/lightning/r/Account/0015g00000XyZ1aAAF/view';

/** The creditor profile, hostile wherever the form accepts free text (its e-mail and phone are validated). */
const PROFILE = {
  company: `${XSS.img}上海我方科技有限公司`,
  bankName: XSS.formula,
  bankAccount: '121908886610001',
  paymentReference: XSS.template,
  contactName: `${XSS.svg}李娜`,
  contactPhone: '021-5555-0101',
  contactEmail: 'ar@ourco.com',
  disputeInstructions: `${XSS.script} 如有异议请回复本邮件并说明发票号，我们将在3个工作日内答复。`,
  optOutLine: `${XSS.anchor} 如不希望再收到此类邮件，请回复“退订”。`,
  userName: XSS.dde,
};

/** Fails with what ran or what was created: no payload call, no CSP refusal, no element a payload could make. */
async function expectClean(page: Page, where: string): Promise<void> {
  const scan = (await page.evaluate('window.__xssScan()')) as XssScan;
  expect(scan.calls, `${where}: script ran`).toEqual([]);
  expect(scan.found, `${where}: markup from data became elements`).toEqual([]);
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

/** Moves the background's clock to a sendable moment (again after any worker restart, which resets it). */
async function sendableClock(session: ExtensionSession, at: number): Promise<void> {
  for (const worker of session.context.serviceWorkers()) {
    await worker.evaluate((target) => {
      const g = globalThis as unknown as { __realNow?: () => number };
      g.__realNow ??= Date.now.bind(Date);
      const real = g.__realNow;
      const offset = target - real();
      Date.now = () => real() + offset;
    }, at);
  }
}

describe('hostile input: markup, script, template, formula and RTL payloads in every field reach every screen as text', () => {
  let session: ExtensionSession;
  let csvPath = '';
  let c1 = '';
  const at = nextWeekdayTenAmShanghai();

  beforeAll(async () => {
    mkdirSync(resolve('test-out'), { recursive: true });
    csvPath = resolve('test-out/hostile-ledger.csv');
    writeFileSync(csvPath, hostileLedgerCsv(localToday()));
    session = await launchWithExtension();
    await session.context.addInitScript(XSS_TRAP);
    await blockNetwork(session.context);
    await serveAt(session.context, ACCOUNT_A, fixture('salesforce', '2026-11-22-account-view.html'));
  });
  afterAll(async () => session?.close());

  it('the trap itself catches a payload that runs and the element it leaves (so a clean scan means something)', async () => {
    const url = 'https://trap-check.example.test/';
    await serveAt(session.context, url, '<!doctype html><title>trap</title><p>trap check</p>');
    const page = await session.context.newPage();
    await page.goto(url);
    await page.evaluate((payload) => document.body.insertAdjacentHTML('beforeend', payload), XSS.img);
    await expect.poll(async () => ((await page.evaluate('window.__xssScan()')) as XssScan).calls, { timeout: 10_000 }).toEqual(['1']);
    expect(((await page.evaluate('window.__xssScan()')) as XssScan).found).toEqual(['IMG[onerror]']);
    await page.close();
  });

  it('imports the hostile ledger through the options page: summary and issues table stay text', async () => {
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csvPath);
    await options.getByTestId('import-confirm').click();
    const summary = options.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await summary.textContent()).toMatch(/7/);
    await expectClean(options, 'options import');
    await options.screenshot({ path: 'test-out/hostile-import.png', fullPage: true });
    c1 = await customerIdByCode(options, 'C0001');

    await options.goto(`chrome-extension://${session.extensionId}/options.html#templates`);
    await options.getByTestId('creditor-profile').waitFor();
    for (const [field, value] of Object.entries(PROFILE)) await options.locator(`#profile-${field}`).fill(value);
    await options.locator('#profile-save').click();
    await options.locator('[data-testid="profile-status"].ok').waitFor({ timeout: 20_000 });
    // A template whose body is markup and template tricks: the preview shows it as text.
    await options.locator('#tpl-new').click();
    await options.locator('#tpl-body').fill(`尊敬的{{contact.name}}：${XSS.img}${XSS.iframe}${XSS.anchor}`);
    const preview = options.getByTestId('template-preview');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('onerror=__xss(1)');
    expect(await preview.locator('img, iframe, script, a').count()).toBe(0);
    await expectClean(options, 'template preview');
    // Template tricks are refused as unknown variables, never evaluated.
    await options.locator('#tpl-body').fill(`尊敬的{{contact.name}}：{{constructor}}{{__proto__.x}}${XSS.template}`);
    await expect.poll(() => options.getByTestId('template-validation').getAttribute('data-count'), { timeout: 15_000 }).not.toBe('0');
    await expectClean(options, 'options templates');
    await options.screenshot({ path: 'test-out/hostile-templates.png', fullPage: true });
    await options.close();
  });

  it('Salesforce badge, customer panel and reminder dialog show the payloads as text and run none', async () => {
    const page = await session.context.newPage();
    await page.goto(ACCOUNT_A);
    const found = badge(page).locator('[data-state="found"]');
    await expect.poll(() => found.count(), { timeout: 30_000 }).toBe(1);
    await found.locator('button.badge').click();
    const panel = badge(page).getByTestId('customer-panel');
    await expect.poll(() => panel.getAttribute('data-loaded'), { timeout: 30_000 }).toBe('yes');
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain(HOSTILE_NAMES.C0001);
    expect(panelText).toContain('onerror=__xss(');
    await expectClean(page, 'panel');
    await page.screenshot({ path: 'test-out/hostile-panel.png' });

    await panel.locator('[data-action="write-reminder"]').click();
    const dialog = badge(page).getByTestId('reminder-dialog');
    await dialog.locator('select[name="channel"]').selectOption('email');
    await expect.poll(() => dialog.locator('select[name="template"] option').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => dialog.getByTestId('reminder-text').textContent(), { timeout: 30_000 }).toContain('__xss(');
    await expectClean(page, 'reminder dialog');
    await page.screenshot({ path: 'test-out/hostile-dialog.png' });
    await page.close();
  });

  it('popup search results and the customer page show the hostile names as text', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 480, height: 640 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    for (const [query, code] of [
      ['C0001', 'C0001'],
      ['C0002', 'C0002'],
      ['img src', 'C0001'],
    ] as const) {
      const input = popup.locator('#lookup-query');
      await input.fill('');
      await input.pressSequentially(query, { delay: 15 });
      const first = popup.locator('#lookup-results [role="option"]').first();
      await expect.poll(() => first.getAttribute('data-customer'), { timeout: 20_000 }).toBe(code);
      expect(await first.textContent()).toContain(code === 'C0001' ? 'onerror=__xss(1)' : '\u202E');
      await expectClean(popup, `popup "${query}"`);
    }
    await popup.screenshot({ path: 'test-out/hostile-popup.png' });
    await popup.goto(`chrome-extension://${session.extensionId}/customer.html?id=${encodeURIComponent(c1)}`);
    await popup.waitForTimeout(1500);
    await expectClean(popup, 'customer page');
    await popup.close();
  });

  it('Gmail compose: the inserted reminder carries the hostile name as text, no element from it', async () => {
    await sendableClock(session, at);
    const s = SCENARIOS.find((x) => x.site === 'gmail')!;
    await serveAt(session.context, s.url.split('#')[0]!, fixture(s.site, s.file));
    const page = await session.context.newPage();
    await page.goto(s.url);
    await s.body(page).waitFor();
    await s.setTo(page, [{ name: `${XSS.img}王丽`, address: 'wang.li@xinghe-tech.com.cn' }]);
    const bar = page.locator('ar-lens-compose .bar');
    await expect.poll(() => bar.getAttribute('data-customer'), { timeout: 30_000 }).toBe('C0001');
    await s.body(page).click();
    await page.locator('ar-lens-compose button.lens').click();
    const dialog = page.locator('ar-lens-dialog [data-testid="reminder-dialog"]');
    await dialog.waitFor({ timeout: 20_000 });
    await expect.poll(() => dialog.locator('select[name="template"] option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const verdict = dialog.locator('.verdict');
    await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).toMatch(/^(allow|warn|block)$/);
    if ((await verdict.getAttribute('data-decision')) === 'warn') await dialog.locator('textarea[name="override"]').fill(XSS.svg);
    const rules = await dialog.locator('.finding[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(await verdict.getAttribute('data-decision'), `findings ${rules.join(', ')}`).not.toBe('block');
    await expectClean(page, 'compose dialog');
    await dialog.locator('button[data-action="insert"]').click();
    await expect.poll(() => page.locator('ar-lens-dialog').count(), { timeout: 20_000 }).toBe(0);
    expect(await s.body(page).textContent()).toContain('__xss(');
    expect(await s.body(page).locator('img, svg, script, iframe, a[href^="javascript:"]').count()).toBe(0);
    await expectClean(page, 'compose body');
    await page.screenshot({ path: 'test-out/hostile-compose.png' });
    await page.close();
  });
  it('audit table, dashboard, CSV export (formulas neutralised), JSON export and evidence page', async () => {
    const options = await openOptions(session);
    const choices = await send<{ templates: { id: string; version: number; suggested: boolean }[]; recipients: { to: string[] } }>(options, {
      type: 'reminderOptions',
      customerId: c1,
      channel: 'email',
      locale: 'zh_CN',
    });
    const choice = choices.templates.find((t) => t.suggested) ?? choices.templates[0]!;
    const recipients = { to: choices.recipients.to.slice(0, 1) };
    const rendered = await send<{ ok: boolean; text: string; subject?: string }>(options, {
      type: 'renderReminder',
      customerId: c1,
      templateId: choice.id,
      templateVersion: choice.version,
      channel: 'email',
      locale: 'zh_CN',
      recipients,
      at,
    });
    expect(rendered.ok).toBe(true);
    expect(rendered.text).toContain('__xss(');
    type Recorded = { ok: boolean; findings?: { nextAllowedAt?: number }[] };
    const record = async (customerId: string, to: { to: string[] }, text: string, subject: string | undefined, template: { id: string; version: number } | null) => {
      const attempt = (when: number) =>
        send<Recorded>(options, {
          type: 'recordReminder',
          customerId,
          channel: 'email',
          action: 'copied',
          recipients: to,
          subject,
          text,
          template,
          override: { reason: `${XSS.svg} 已与客户电话确认` },
          at: when,
        });
      let reply = await attempt(at);
      // A recipient in another zone (Berlin, New York) is outside its send window at 10:00 Shanghai: use its next moment.
      const next = reply.findings?.find((f) => f.nextAllowedAt)?.nextAllowedAt;
      if (!reply.ok && next) reply = await attempt(next);
      expect(reply, JSON.stringify(reply).slice(0, 600)).toMatchObject({ ok: true });
    };
    // C0001's entry is the reminder inserted into Gmail above. One free text per other customer (a frequency cap would refuse a second one the same day), each starting as a formula.
    const polite = '您好：贵司发票已逾期，烦请安排付款。如有疑问请致电021-5555-0101。';
    const freeTexts = [XSS.formula, XSS.dde, XSS.at, XSS.minus].map((p) => `${p}${polite}`);
    for (const [i, code] of ['C0002', 'C0003', 'C0004', 'C0005'].entries()) {
      const id = await customerIdByCode(options, code);
      const to = await send<{ recipients: { to: string[] } }>(options, { type: 'reminderOptions', customerId: id, channel: 'email', locale: 'zh_CN' });
      await record(id, { to: to.recipients.to.slice(0, 1) }, freeTexts[i]!, XSS.formula, null);
    }

    await options.goto(`chrome-extension://${session.extensionId}/options.html#audit`);
    await expect.poll(() => options.getByTestId('audit-table').locator('tbody tr[data-seq]').count(), { timeout: 20_000 }).toBe(5);
    expect(await options.getByTestId('audit-table').textContent()).toContain('__xss(');
    await expectClean(options, 'audit table');
    await options.screenshot({ path: 'test-out/hostile-audit.png', fullPage: true });

    await options.goto(`chrome-extension://${session.extensionId}/options.html#dashboard`);
    const worst = options.getByTestId('worst-customers');
    await expect.poll(() => worst.count(), { timeout: 30_000 }).toBe(1);
    expect(await options.getByTestId('dashboard').textContent()).toMatch(/__xss\(|HYPERLINK|cmd\|/);
    await expectClean(options, 'dashboard');
    await options.screenshot({ path: 'test-out/hostile-dashboard.png', fullPage: true });

    const csv = await send<{ text: string }>(options, { type: 'exportAudit', format: 'csv' });
    const cells = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const json = await send<{ text: string }>(options, { type: 'exportAudit', format: 'json' });
    const entries = (JSON.parse(json.text) as { entries: { text: string }[] }).entries;
    expect(entries.map((e) => e.text).slice(1)).toEqual(freeTexts);
    expect(entries[0]?.text).toContain('__xss(');

    await options.goto(`chrome-extension://${session.extensionId}/evidence.html?customer=${encodeURIComponent(c1)}`);
    await expect.poll(() => options.locator('#print').count(), { timeout: 20_000 }).toBe(1);
    expect(await options.locator('body').textContent()).toContain('__xss(');
    await expectClean(options, 'evidence page');
    await options.screenshot({ path: 'test-out/hostile-evidence.png', fullPage: true });
    await options.close();
  });

});
