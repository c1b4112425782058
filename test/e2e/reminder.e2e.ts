import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type AuditEntry, verifyChain } from 'shared/audit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, badge, blockNetwork, fixture, launchWithExtension, openOptions, serveAt } from '../../scripts/browser/launch';
import { localToday, writeSampleLedger } from './sampleLedger';

const SF = 'https://xinghe-demo.lightning.force.com';
const ACCOUNT_A = `${SF}/lightning/r/Account/0015g00000XyZ1aAAF/view`;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

function cents(text: string): number {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return text.startsWith('-') ? -value : value;
}

/** C0001's open items straight from the CSV, the most overdue first (ties: the larger open amount first). */
function expectedOpenItems(csvPath: string, code: string, asOf: string): { number: string; days: number; open: number }[] {
  return Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true })
    .data.filter((r) => r.customer_code === code && r.invoice_number && cents(r.open_amount!) !== 0)
    .map((r) => ({ number: r.invoice_number!, days: dayNumber(asOf) - dayNumber(r.due_date!), open: cents(r.open_amount!) }))
    .sort((a, b) => b.days - a.days || b.open - a.open);
}

const PROFILE = {
  company: '上海应收示范有限公司',
  bankName: '招商银行上海分行',
  bankAccount: '121900000000001',
  paymentReference: '发票号',
  contactName: '财务部 陈静',
  contactPhone: '021-5555-0100',
  contactEmail: 'ar@ar-demo.cn',
  disputeInstructions: '请回复本邮件或致电021-5555-0100，告知有异议的发票号、金额及理由，我们将在3个工作日内书面答复。',
  optOutLine: '如不希望再收到此类提醒，请回复“退订”。',
  userName: '陈静',
};

describe('reminder flow: panel from the Salesforce badge, a template copied, the entry in the exported log', () => {
  let session: ExtensionSession;
  let csv: string;
  let page: Page;
  let copiedText = '';
  let copiedTemplate = '';

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
    await serveAt(session.context, ACCOUNT_A, fixture('salesforce', '2026-11-22-account-view.html'));
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SF });
  });
  afterAll(async () => session?.close());

  it('imports the ledger and saves the creditor profile (refusing it incomplete first)', async () => {
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    // The import shows a review step first (when it has one): confirm it.
    const confirm = options.getByTestId('import-confirm');
    const summary = options.getByTestId('import-summary');
    await confirm.or(summary).first().waitFor({ timeout: 90_000 });
    if (await confirm.isVisible()) await confirm.click();
    await summary.filter({ hasText: /2000/ }).waitFor({ timeout: 90_000 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html#templates`);
    const card = options.getByTestId('creditor-profile');
    await card.waitFor();
    await options.locator('#profile-save').click();
    await expect.poll(() => card.locator('[aria-invalid="true"]').count()).toBeGreaterThan(3);
    expect(await options.locator('#profile-company-error').textContent()).toContain('必填');
    for (const [field, value] of Object.entries(PROFILE)) await options.locator(`#profile-${field}`).fill(value);
    await options.locator('#profile-contactEmail').fill('not an address');
    await options.locator('#profile-save').click();
    await expect.poll(() => options.locator('#profile-contactEmail-error').count()).toBe(1);
    await options.locator('#profile-contactEmail').fill(PROFILE.contactEmail);
    await options.locator('#profile-save').click();
    await expect.poll(() => options.getByTestId('profile-status').textContent()).toMatch(/已保存/);
    await options.screenshot({ path: 'test-out/reminder-profile.png', fullPage: true });
    await options.close();
  });

  it('opens the panel from the badge with the open items worst first, as computed from the CSV', async () => {
    page = await session.context.newPage();
    await page.goto(ACCOUNT_A);
    const found = badge(page).locator('[data-state="found"]');
    await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(1);
    await found.locator('button.badge').click();
    const panel = badge(page).getByTestId('customer-panel');
    await expect.poll(() => panel.getAttribute('data-loaded'), { timeout: 20_000 }).toBe('yes');
    // Focus moved into the panel.
    expect(await page.evaluate(() => document.querySelector('ar-lens-badge')?.shadowRoot?.activeElement?.getAttribute('data-testid'))).toBe('customer-panel');

    const expected = expectedOpenItems(csv, 'C0001', localToday());
    const rows = panel.locator('[data-testid="open-invoices"] tbody tr');
    expect(await rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({ number: tr.getAttribute('data-invoice'), days: Number(tr.getAttribute('data-days')), open: Number(tr.getAttribute('data-open')) })));
    expect(shown).toEqual(expected);
    expect(await panel.locator('.credit-card dd').first().getAttribute('data-amount')).toBe('60000000');
    expect(await panel.getByTestId('dunning').locator('.next-step, p').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-out/reminder-panel.png' });

    // Escape closes the panel and gives focus back to the badge.
    await panel.press('Escape');
    await expect.poll(() => badge(page).getByTestId('customer-panel').count()).toBe(0);
    await found.locator('button.badge').click();
    await expect.poll(() => badge(page).getByTestId('customer-panel').getAttribute('data-loaded'), { timeout: 20_000 }).toBe('yes');
  });

  it('copies a template reminder and finds its audit entry in the exported log', async () => {
    const panel = badge(page).getByTestId('customer-panel');
    await panel.locator('[data-action="write-reminder"]').click();
    const dialog = badge(page).getByTestId('reminder-dialog');
    await dialog.locator('select[name="channel"]').selectOption('email');
    const template = dialog.locator('select[name="template"]');
    await expect.poll(() => template.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    copiedTemplate = await template.inputValue();
    expect(copiedTemplate).toBe('builtin.formal-demand.email.zh_CN@1');
    expect(await dialog.locator('input[name="to"]').inputValue()).toContain('wang.li@xinghe-tech.com.cn');

    const verdict = dialog.locator('.verdict');
    await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).toMatch(/allow|warn|block/);
    // On a weekend or outside 08:00–21:00 in Shanghai the send window blocks now: prepare it for the next allowed moment.
    if ((await verdict.getAttribute('data-decision')) === 'block') {
      await dialog.getByTestId('plan').click();
      await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).not.toBe('block');
    }
    if ((await verdict.getAttribute('data-decision')) === 'warn') await dialog.locator('textarea[name="override"]').fill('客户财务要求今天发送');
    await page.screenshot({ path: 'test-out/reminder-dialog.png' });

    copiedText = (await dialog.getByTestId('reminder-text').textContent()) ?? '';
    expect(copiedText).toContain('C0001-INV-004');
    expect(copiedText).not.toMatch(/undefined|\{\{/);
    await dialog.locator('[data-action="copy"]').click();
    await expect.poll(() => dialog.getByTestId('reminder-notice').textContent(), { timeout: 20_000 }).toMatch(/#\d+/);
    const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (clip !== '') expect(clip).toContain(copiedText);

    // The panel's history shows it, latest first.
    await expect.poll(() => panel.locator('[data-testid="history"] li').first().getAttribute('data-template'), { timeout: 20_000 }).toBe(copiedTemplate);

    // Export from the panel (a CSV download) …
    await dialog.locator('button.icon').click();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-action="export-log"]').click()]);
    const csvText = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.text === copiedText);
    expect(row).toBeDefined();
    expect(`${row!.templateId}@${row!.templateVersion}`).toBe(copiedTemplate);
    expect(row!.action).toBe('copied');
    expect(row!.recipients).toContain('wang.li@xinghe-tech.com.cn');
    expect(row!.customerId).toBe('C0001');

    // … and the complete JSON from the options page, which verifies as a chain.
    const options = await openOptions(session);
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { text: string } }> } };
    const json = await options.evaluate(() => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'exportAudit', format: 'json' }));
    const entries = JSON.parse(json.data.text).entries as AuditEntry[];
    expect(await verifyChain(entries)).toMatchObject({ ok: true, count: entries.length });
    const entry = entries.find((e) => e.text === copiedText);
    expect(entry).toMatchObject({ template: { id: 'builtin.formal-demand.email.zh_CN', version: 1 }, user: PROFILE.userName, role: 'finance' });
    expect(entry!.recipients).toContain('wang.li@xinghe-tech.com.cn');
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
    await options.close();
  });

  it('blocks a foreign CC and a threatening sentence: every action is disabled and the words are marked', async () => {
    const panel = badge(page).getByTestId('customer-panel');
    await panel.locator('[data-action="write-reminder"]').click();
    const dialog = badge(page).getByTestId('reminder-dialog');
    await dialog.locator('select[name="channel"]').selectOption('email');
    const verdict = dialog.locator('.verdict');
    await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).toMatch(/allow|warn|block/);

    await dialog.locator('input[name="cc"]').fill('friend.of.boss@gmail.com');
    await expect.poll(() => dialog.locator('.finding[data-rule="recipient.third-party"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await verdict.getAttribute('data-decision')).toBe('block');
    for (const action of ['copy', 'draft']) expect(await dialog.locator(`[data-action="${action}"]`).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-out/reminder-blocked-cc.png' });

    await dialog.locator('input[name="cc"]').fill('');
    await dialog.getByTestId('edit-toggle').click();
    const box = dialog.locator('textarea.draft-edit');
    await box.press('End');
    await box.pressSequentially('再不还钱就去你家找你家人。');
    await expect.poll(() => dialog.locator('pre.draft mark.sev-block').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await dialog.locator('pre.draft mark.sev-block').first().textContent()).toMatch(/家/);
    expect(await verdict.getAttribute('data-decision')).toBe('block');
    expect(await dialog.locator('[data-action="copy"]').isDisabled()).toBe(true);
    await dialog.locator('pre.draft mark.sev-block').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-out/reminder-blocked-threat.png' });

    // Tab stays inside the dialog; Escape closes the dialog first, then the panel.
    const closeButton = dialog.locator('.reminder-head button.icon');
    await closeButton.focus();
    await page.keyboard.press('Shift+Tab');
    const activeIn = () => page.evaluate(() => document.querySelector('ar-lens-badge')?.shadowRoot?.activeElement?.closest('[data-testid="reminder-dialog"]') !== null);
    expect(await activeIn()).toBe(true);
    await dialog.press('Escape');
    await expect.poll(() => badge(page).getByTestId('reminder-dialog').count()).toBe(0);
    expect(await panel.count()).toBe(1);
  });

  it('records a promise and a dispute from the panel: both invoices show their hold', async () => {
    const panel = badge(page).getByTestId('customer-panel');
    await panel.getByTestId('promises').locator('button.small').click();
    await panel.getByTestId('promises').locator('form button[type="submit"]').click();
    await expect.poll(() => panel.getByTestId('promises').locator('li[data-state="active"]').count(), { timeout: 20_000 }).toBe(1);
    const worst = panel.locator('[data-testid="open-invoices"] tbody tr').first();
    await expect.poll(() => worst.locator('[data-paused="promise"]').count()).toBe(1);

    await panel.getByTestId('disputes').locator('button.small').click();
    const form = panel.getByTestId('disputes').locator('form');
    await form.locator('select').selectOption({ label: 'C0001-INV-003' });
    await form.locator('input').fill('数量与送货单不符');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => panel.locator('tr[data-invoice="C0001-INV-003"] [data-paused="dispute"]').count(), { timeout: 20_000 }).toBe(1);
    await panel.getByTestId('disputes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-out/reminder-panel-holds.png' });
  });
});
