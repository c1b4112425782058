import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, blockNetwork, fixture, launchWithExtension, openOptions, serveAt } from '../../scripts/browser/launch';
import { SCENARIOS } from './mailSites';
import { writeSampleLedger } from './sampleLedger';

/** The compose helpers in an English browser: English UI, English wording caught. */
describe('webmail compose helpers in English (Outlook on the web)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    const csv = writeSampleLedger();
    session = await launchWithExtension({ locale: 'en-US' });
    await blockNetwork(session.context);
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await options.getByTestId('import-summary').filter({ hasText: /2000/ }).waitFor({ timeout: 90_000 });
    await options.close();
  });
  afterAll(async () => session?.close());

  it('labels the button in English, says when no customer matches, and flags "we will have you arrested"', async () => {
    const s = SCENARIOS.find((x) => x.site === 'outlook')!;
    await serveAt(session.context, s.url, fixture(s.site, s.file));
    const page = await session.context.newPage();
    await page.goto(s.url);
    await s.body(page).waitFor();
    const lens = page.locator('ar-lens-compose button.lens');
    await expect.poll(() => lens.textContent(), { timeout: 20_000 }).toContain('AR Lens');

    // The fixture's own recipients (acme.cn) are nobody in the ledger.
    const bar = page.locator('ar-lens-compose .bar');
    await expect.poll(() => bar.getAttribute('data-state'), { timeout: 20_000 }).toBe('none');
    await lens.click();
    const popover = page.locator('ar-lens-compose [data-testid="compose-popover"]');
    await expect.poll(() => popover.textContent()).toContain('No customer found for these recipients.');
    expect(await popover.locator('button.link').textContent()).toBe('Import data');
    await page.keyboard.press('Escape');

    await s.setTo(page, [s.contact]);
    await expect.poll(() => bar.getAttribute('data-customer'), { timeout: 20_000 }).toBe(s.customer);
    expect(await lens.getAttribute('title')).toBe('Write a payment reminder for Harbor Logistics (Shanghai) Co., Ltd.');

    await s.body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Pay now or we will have you arrested.');
    const lint = page.locator('ar-lens-compose button.lint');
    await expect.poll(() => lint.getAttribute('data-severity'), { timeout: 20_000 }).toBe('block');
    expect(await lint.getAttribute('aria-label')).toMatch(/^\d+ findings, highest: block$/);
    await lint.click();
    const findings = page.locator('ar-lens-compose [data-testid="lint-findings"]');
    await expect.poll(() => findings.locator('[data-rule="wording.criminal-threat"]').count()).toBe(1);
    await page.screenshot({ path: 'test-out/mail-outlook-english-lint.png' });
    await page.close();
  });
});
