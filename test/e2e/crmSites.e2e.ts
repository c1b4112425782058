import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, badge, blockNetwork, fixture, launchWithExtension, serveAt } from '../../scripts/browser/launch';
import { copyReminderFromPanel, exportedAuditEntries, saveCreditorProfile } from './reminderSteps';
import { expectedBadge, importThroughOptions, localToday, writeSampleLedger } from './sampleLedger';

interface Visit {
  site: string;
  file: string;
  url: string;
  customer: string;
}

/** Each site: a first record page, then an in-app navigation (pushState or hash) to another customer. */
const SCENARIOS: { name: string; first: Visit; second: Visit; reminder?: boolean }[] = [
  {
    name: 'Zoho CRM (EU data centre): account linked by CRM id, then a canvas layout matched by name',
    first: { site: 'zoho-crm', file: '2026-11-22-account-detail.html', url: 'https://crm.zoho.eu/crm/org60012345678/tab/Accounts/4876876000000123456', customer: 'C0001' },
    second: { site: 'zoho-crm', file: '2026-11-22-account-detail-zcqa.html', url: 'https://crm.zoho.eu/crm/org60012345678/tab/Accounts/4876876000000555123', customer: 'C0004' },
    reminder: true,
  },
  {
    name: '纷享销客: AccountObj detail, then a hash route to another customer read beside its label',
    first: { site: 'fxiaoke', file: '2026-11-22-account-detail.html', url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/5f1a2b3c4d5e6f7a8b9c0d1e', customer: 'C0001' },
    second: { site: 'fxiaoke', file: '2026-11-22-account-detail-labels.html', url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/64b7c8d9e0f1a2b3c4d5e6f7', customer: 'C0005' },
    reminder: true,
  },
  {
    name: 'Salesforce: a contact resolves to its account, then an opportunity to another account',
    first: { site: 'salesforce', file: '2026-11-22-contact-view.html', url: 'https://xinghe-demo.lightning.force.com/lightning/r/Contact/0035g00000Qw3rTAAR/view', customer: 'C0001' },
    second: { site: 'salesforce', file: '2026-11-22-opportunity-view.html', url: 'https://xinghe-demo.lightning.force.com/lightning/r/Opportunity/0065g00000Op9pQAAS/view', customer: 'C0002' },
  },
];

/** Replaces the page's body the way a single-page app renders a new record after changing the URL. */
async function navigateInApp(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const next = new URL(url);
      if (next.pathname === location.pathname && next.search === location.search) location.hash = next.hash;
      else history.pushState({}, '', url);
      for (const child of [...document.body.children]) if (child.tagName !== 'AR-LENS-BADGE') child.remove();
      document.body.prepend(...doc.body.children);
      document.title = doc.title;
    },
    { url, html },
  );
}

describe('CRM sites at their real URLs', () => {
  let session: ExtensionSession;
  let csv: string;
  const asOf = localToday();

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
    await importThroughOptions(session, csv);
    await saveCreditorProfile(session);
  });
  afterAll(async () => session?.close());

  async function expectCustomer(page: Page, code: string) {
    const found = badge(page).locator('[data-state="found"]');
    await expect.poll(() => found.getAttribute('data-customer'), { timeout: 20_000 }).toBe(code);
    const want = expectedBadge(csv, code, asOf);
    expect(Number(await found.locator('.days').getAttribute('data-days'))).toBe(want.worstDays);
    expect(Number(await found.locator('.credit').getAttribute('data-available'))).toBe(want.availableCents);
    expect(await badge(page).count()).toBe(1);
  }

  for (const s of SCENARIOS) {
    it(s.name, async () => {
      await serveAt(session.context, s.first.url.split('#')[0]!, fixture(s.first.site, s.first.file));
      const page = await session.context.newPage();
      await page.goto(s.first.url);
      await expectCustomer(page, s.first.customer);
      await page.screenshot({ path: `test-out/${s.first.site}-first.png` });
      await navigateInApp(page, s.second.url, fixture(s.second.site, s.second.file));
      await expectCustomer(page, s.second.customer);
      await page.screenshot({ path: `test-out/${s.second.site}-second.png` });
      if (s.reminder) {
        // A reminder produced from the panel on this site lands in the audit log.
        const text = await copyReminderFromPanel(page);
        await page.screenshot({ path: `test-out/${s.second.site}-reminder.png` });
        const entry = (await exportedAuditEntries(session)).find((e) => e.text === text);
        expect(entry).toMatchObject({ customerId: s.second.customer, action: 'copied', channel: 'email' });
        expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
      }
      await page.close();
    });
  }

  it('does nothing on a page its connector does not match (list pages)', async () => {
    const url = 'https://crm.zoho.eu/crm/org60012345678/tab/Accounts/custom-view/4876876000000087501/list';
    await serveAt(session.context, url, fixture('zoho-crm', '2026-11-22-account-list.html'));
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await badge(page).count()).toBe(0);
    await page.close();
  });
});
