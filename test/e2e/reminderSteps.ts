import type { AuditEntry } from 'shared/audit';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type ExtensionSession, badge, openOptions } from '../../scripts/browser/launch';

/** A complete creditor profile: reminders need the company, payment and dispute details. */
export const CREDITOR_PROFILE = {
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

/** Fills and saves the creditor profile in the options page's Templates section. */
export async function saveCreditorProfile(session: ExtensionSession): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html#templates`);
  await options.getByTestId('creditor-profile').waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
    await options.screenshot({ path: 'test-out/creditor-profile-missing.png', fullPage: true });
    throw error;
  });
  for (const [field, value] of Object.entries(CREDITOR_PROFILE)) await options.locator(`#profile-${field}`).fill(value);
  await options.locator('#profile-save').click();
  // Works in a beforeAll too, where expect.poll is not allowed.
  await options.getByTestId('profile-status').filter({ hasText: /已保存|Saved/ }).waitFor({ timeout: 20_000 });
  await options.close();
}

/**
 * From a page whose badge shows a customer: opens the panel, writes an e-mail reminder with the suggested
 * template and copies it (prepared for the next allowed moment when the send window is closed now).
 * Returns the text that was copied.
 */
export async function copyReminderFromPanel(page: Page): Promise<string> {
  const found = badge(page).locator('[data-state="found"]');
  await found.locator('button.badge').click();
  const panel = badge(page).getByTestId('customer-panel');
  await expect.poll(() => panel.getAttribute('data-loaded'), { timeout: 20_000 }).toBe('yes');
  await panel.locator('[data-action="write-reminder"]').click();
  const dialog = badge(page).getByTestId('reminder-dialog');
  await dialog.locator('select[name="channel"]').selectOption('email');
  await expect.poll(() => dialog.locator('select[name="template"] option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const verdict = dialog.locator('.verdict');
  await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).toMatch(/allow|warn|block/);
  if ((await verdict.getAttribute('data-decision')) === 'block') {
    await dialog.getByTestId('plan').click();
    await expect.poll(() => verdict.getAttribute('data-decision'), { timeout: 20_000 }).not.toBe('block');
  }
  if ((await verdict.getAttribute('data-decision')) === 'warn') await dialog.locator('textarea[name="override"]').fill('客户财务要求今天发送');
  const text = (await dialog.getByTestId('reminder-text').textContent()) ?? '';
  expect(text).not.toMatch(/undefined|\{\{/);
  await dialog.locator('[data-action="copy"]').click();
  await expect.poll(() => dialog.getByTestId('reminder-notice').textContent(), { timeout: 20_000 }).toMatch(/#\d+/);
  return text;
}

/** Every audit entry, through the background's JSON export (as the options page asks for it). */
export async function exportedAuditEntries(session: ExtensionSession): Promise<AuditEntry[]> {
  const options = await openOptions(session);
  type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { text: string } }> } };
  const reply = await options.evaluate(() => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'exportAudit', format: 'json' }));
  await options.close();
  return JSON.parse(reply.data.text).entries as AuditEntry[];
}
