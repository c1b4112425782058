import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CN_CALENDAR_2026, createCalendar } from 'shared/dates';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, blockNetwork, fixture, launchWithExtension, openOptions, serveAt } from '../../scripts/browser/launch';
import { type Chip, type MailScenario, SCENARIOS, gmailInlineReply } from './mailSites';
import { writeSampleLedger } from './sampleLedger';

const WANG_LI = { name: '王丽', address: 'wang.li@xinghe-tech.com.cn' };
const EMILY = { name: 'Emily Chen', address: 'emily.chen@harborlog.com' };
const STRANGER = { name: 'Prospect', address: 'buyer@unknown-prospect.com' };
const THREAT = '不还钱就曝光你';

/** The creditor (us): ar@ourco.com is the AR team the fixtures copy, so its domain is ours, not a third party. */
const PROFILE = {
  company: '上海我方科技有限公司',
  bankName: '招商银行上海分行',
  bankAccount: '121908886610001',
  paymentReference: '客户编号',
  contactName: '应收组 李娜',
  contactPhone: '021-5555-0101',
  contactEmail: 'ar@ourco.com',
  disputeInstructions: '如对账目有异议，请回复本邮件并说明发票号，我们将在3个工作日内答复。',
  optOutLine: '如不希望再收到此类邮件，请回复“退订”。',
  userName: 'E2E 测试',
};

/** Fills and saves the creditor profile card of the options page (Templates section), as the user does once. */
async function saveProfile(session: ExtensionSession, options: Page): Promise<void> {
  await options.goto(`chrome-extension://${session.extensionId}/options.html#templates`);
  await options.getByTestId('creditor-profile').waitFor();
  for (const [field, value] of Object.entries(PROFILE)) await options.locator(`#profile-${field}`).fill(value);
  await options.locator('#profile-save').click();
  // Runs in beforeAll, where expect.poll is not available: wait for the saved status instead.
  await options.locator('[data-testid="profile-status"].ok').waitFor({ timeout: 20_000 });
}

/** A customer beyond the anchors, in China, with a contact address: its code and that contact, from the CSV. */
function chineseCustomer(csvPath: string): { code: string; contact: Chip } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const row = rows.find((r) => r.customer_code! > 'C0005' && r.time_zone === 'Asia/Shanghai' && r.contact_email && r.customer_name?.endsWith('公司'));
  if (!row) throw new Error('no Chinese customer with a contact in the sample ledger');
  return { code: row.customer_code!, contact: { name: row.contact_name!, address: row.contact_email! } };
}

/**
 * 16:00 in Shanghai (09:00 in Berlin) of the next CN business day: inside every anchor customer's send window, so
 * the test does not depend on the weekday or hour it runs at. The background's clock is moved there; pages keep
 * the real one.
 */
function nextSendableInstant(now: number): number {
  const calendar = createCalendar(CN_CALENDAR_2026);
  for (let day = 1; day < 20; day++) {
    const at = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + day, 8, 0);
    const iso = new Date(at).toISOString().slice(0, 10);
    const weekday = new Date(at).getUTCDay();
    const business = calendar.isBusinessDay(iso) ?? (weekday !== 0 && weekday !== 6);
    if (business) return at;
  }
  throw new Error('no business day within 20 days');
}

interface ExportedEntry {
  customerId: string;
  action: string;
  channel: string;
  recipients: string[];
  subject?: string;
  text: string;
  template: { id: string; version: number } | null;
}

async function exportAudit(session: ExtensionSession, customerId: string): Promise<ExportedEntry[]> {
  const options = await openOptions(session);
  const reply = await options.evaluate(
    (customerId) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ type: 'exportAudit', format: 'json', customerId });
    },
    customerId,
  );
  await options.close();
  const envelope = reply as { ok: boolean; data?: { text: string }; error?: string };
  if (!envelope.ok || !envelope.data) throw new Error(`exportAudit refused: ${envelope.error}`);
  return (JSON.parse(envelope.data.text) as { entries: ExportedEntry[] }).entries;
}

const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('webmail compose helpers at the sites’ real URLs', () => {
  let session: ExtensionSession;
  let csv = '';

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await options.getByTestId('import-summary').filter({ hasText: /2000/ }).waitFor({ timeout: 90_000 });
    await saveProfile(session, options);
    await options.close();
    const at = nextSendableInstant(Date.now());
    await session.worker.evaluate((target) => {
      const offset = target - Date.now();
      const real = Date.now.bind(Date);
      Date.now = () => real() + offset;
    }, at);
  });
  afterAll(async () => session?.close());

  async function insertAndLint(s: MailScenario): Promise<void> {
    await serveAt(session.context, s.url.split('#')[0]!, fixture(s.site, s.file));
    const page = await session.context.newPage();
    await page.goto(s.url);
    await s.body(page).waitFor();
    const compose = s.composeFrame(page);
    const hosts = compose.locator('ar-lens-compose');
    await expect.poll(() => hosts.count(), { timeout: 20_000 }).toBe(1);

    await s.setTo(page, [s.contact]);
    const bar = compose.locator('ar-lens-compose .bar');
    await expect.poll(() => bar.getAttribute('data-customer'), { timeout: 20_000 }).toBe(s.customer);
    expect(await bar.getAttribute('data-state')).toBe('found');
    expect(await hosts.count()).toBe(1);

    // The caret at the very start of the body: the text must land there, not at the end.
    // biome-ignore lint/performance/useDomNodeTextContent: line breaks (<br>, <div>) must read as whitespace
    const before = flat(await s.body(page).innerText());
    await s.body(page).click();
    await page.keyboard.press('Control+Home');
    await compose.locator('ar-lens-compose button.lens').click();

    const dialog = page.locator('ar-lens-dialog [data-testid="reminder-dialog"]');
    await dialog.waitFor({ timeout: 20_000 });
    const template = dialog.locator('select[name="template"]');
    await expect.poll(() => template.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await template.selectOption({ index: (await template.locator('option').count()) - 1 });
    const verdict = dialog.locator('.verdict');
    await expect.poll(() => verdict.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).not.toMatch(/检查中|Checking/);
    await page.screenshot({ path: `test-out/mail-${s.site}-${s.file.replace(/\.html$/, '')}-dialog.png` });
    expect(await verdict.getAttribute('data-decision')).toMatch(/^(allow|warn)$/);
    if ((await verdict.getAttribute('data-decision')) === 'warn') await dialog.locator('textarea[name="override"]').fill('客户已电话同意邮件提醒');
    const rendered = await dialog.getByTestId('reminder-text').textContent();
    expect(flat(rendered).length).toBeGreaterThan(20);
    await dialog.locator('button[data-action="insert"]').click();
    await expect.poll(() => page.locator('ar-lens-dialog').count(), { timeout: 20_000 }).toBe(0);

    // biome-ignore lint/performance/useDomNodeTextContent: line breaks (<br>, <div>) must read as whitespace
    const after = flat(await s.body(page).innerText());
    expect(after.startsWith(flat(rendered))).toBe(true);
    expect(after.endsWith(before)).toBe(true);
    const entries = await exportAudit(session, s.customer);
    const entry = entries.at(-1)!;
    expect(entry).toMatchObject({ customerId: s.customer, action: 'inserted', channel: 'email' });
    expect(flat(entry.text)).toBe(flat(rendered));
    expect(entry.recipients).toContain(s.contact.address);
    expect(entry.template).not.toBeNull();
    const subject = s.subject(page);
    if (subject) {
      expect(entry.subject?.length).toBeGreaterThan(0);
      expect(await subject.inputValue()).toBe(entry.subject);
    } else expect(entry.subject).toBeUndefined();
    expect(await compose.locator('ar-lens-compose .notice.tone-ok').count()).toBe(1);

    await s.body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${THREAT}`);
    const lint = compose.locator('ar-lens-compose button.lint');
    await expect.poll(() => lint.getAttribute('data-severity'), { timeout: 20_000 }).toBe('block');
    await lint.click();
    const findings = compose.locator('ar-lens-compose [data-testid="lint-findings"]');
    await expect.poll(() => findings.locator('[data-rule="wording.public-shaming"]').count()).toBe(1);
    await page.screenshot({ path: `test-out/mail-${s.site}-${s.file.replace(/\.html$/, '')}-lint.png` });
    await page.close();
  }

  for (const s of SCENARIOS) {
    it(`${s.name}: recipients → ${s.customer}, template inserted at the caret with subject and audit entry, threat flagged`, () => insertAndLint(s));
  }

  it('Gmail inline reply (no subject field): the reminder is inserted and recorded without a subject', async () => {
    const { code, contact } = chineseCustomer(csv);
    await insertAndLint(gmailInlineReply(code, contact));
  });

  it('Gmail: several customers open a chooser; a stranger is flagged; no customer links to the import', async () => {
    const s = SCENARIOS[0]!;
    await serveAt(session.context, s.url.split('#')[0]!, fixture(s.site, s.file));
    const page = await session.context.newPage();
    await page.goto(s.url);
    await s.body(page).waitFor();
    await s.setTo(page, [WANG_LI, EMILY]);
    const bar = page.locator('ar-lens-compose .bar');
    await expect.poll(() => bar.getAttribute('data-state'), { timeout: 20_000 }).toBe('several');
    // Keyboard only: Enter opens the chooser, Escape closes it and gives focus back to the button.
    const focused = () => page.evaluate(() => document.querySelector('ar-lens-compose')?.shadowRoot?.activeElement?.className ?? '');
    await page.locator('ar-lens-compose button.lens').focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('ar-lens-compose [data-testid="compose-popover"]');
    await expect.poll(() => popover.locator('button.choice').count()).toBe(2);
    expect(await popover.locator('button.choice').first().getAttribute('data-customer')).toBe('C0001');
    await page.screenshot({ path: 'test-out/mail-gmail-chooser.png' });
    await page.keyboard.press('Escape');
    expect(await popover.count()).toBe(0);
    expect(await focused()).toBe('lens');

    // Choosing a customer opens the dialog for it; Escape closes the dialog and focus returns to the button.
    await page.keyboard.press('Enter');
    await popover.locator('button.choice[data-customer="C0002"]').click();
    const dialog = page.locator('ar-lens-dialog [data-testid="reminder-dialog"]');
    await dialog.waitFor({ timeout: 20_000 });
    expect(await bar.getAttribute('data-customer')).toBe('C0002');
    await expect.poll(() => dialog.locator('input[name="to"]').inputValue()).toContain(EMILY.address);
    await dialog.press('Escape');
    await expect.poll(() => page.locator('ar-lens-dialog').count()).toBe(0);
    expect(await focused()).toBe('lens');

    // A customer's contact plus an outsider: flagged on the indicator before anything is inserted.
    await s.setTo(page, [WANG_LI, STRANGER]);
    await expect.poll(() => bar.getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0001');
    const lint = page.locator('ar-lens-compose button.lint');
    await expect.poll(() => lint.getAttribute('data-severity'), { timeout: 20_000 }).toBe('block');
    await lint.click();
    const findings = page.locator('ar-lens-compose [data-testid="lint-findings"]');
    await expect.poll(() => findings.locator('[data-rule="recipient.third-party"]').count()).toBe(1);
    expect(await findings.locator('[data-rule="recipient.third-party"]').textContent()).toContain(STRANGER.address);
    await page.screenshot({ path: 'test-out/mail-gmail-third-party.png' });
    await page.keyboard.press('Escape');

    await s.setTo(page, [STRANGER]);
    await expect.poll(() => bar.getAttribute('data-state'), { timeout: 20_000 }).toBe('none');
    await page.locator('ar-lens-compose button.lens').click();
    await expect.poll(() => popover.locator('[data-reason="no-customer"]').count()).toBe(1);
    await page.screenshot({ path: 'test-out/mail-gmail-no-customer.png' });
    await page.close();
  });

  it('126 Mail: two composes get one button each, and a closed compose loses its button', async () => {
    const url = 'https://mail.126.com/js6/main.jsp?sid=QwErTyUiOpAsDfGh&df=mail126_letter#module=compose.ComposeModule%7C%7B%7D';
    await serveAt(session.context, url.split('#')[0]!, fixture('mail163', '2026-11-22-126-two-composes.html'));
    const page = await session.context.newPage();
    await page.goto(url);
    const hosts = page.locator('ar-lens-compose');
    await expect.poll(() => hosts.count(), { timeout: 20_000 }).toBe(2);
    // A burst of unrelated mutations must not add buttons.
    await page.evaluate(() => {
      for (let i = 0; i < 200; i++) document.body.append(document.createElement('span'));
    });
    await page.waitForTimeout(200);
    expect(await hosts.count()).toBe(2);
    // Closing a compose and bringing the same one back still leaves exactly one button in it.
    await page.evaluate(() => {
      const second = document.querySelectorAll('[id^="_dvModuleContainer_compose.ComposeModule"]')[1]!;
      const parent = second.parentElement!;
      second.remove();
      (window as unknown as { parked: Element }).parked = second;
      (window as unknown as { parkedIn: Element }).parkedIn = parent;
    });
    await expect.poll(() => hosts.count(), { timeout: 20_000 }).toBe(1);
    await page.evaluate(() => {
      const w = window as unknown as { parked: Element; parkedIn: Element };
      w.parkedIn.append(w.parked);
    });
    const second = page.locator('[id^="_dvModuleContainer_compose.ComposeModule"]').nth(1);
    await expect.poll(() => second.locator('ar-lens-compose').count(), { timeout: 20_000 }).toBe(1);
    expect(await hosts.count()).toBe(2);
    await page.close();
  });
});
