import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, blockNetwork, launchWithExtension, openOptions } from '../../scripts/browser/launch';
import { expectedBadge, localToday, writeSampleLedger } from './sampleLedger';

/** The few extension APIs the tests call inside the browser (the code runs there; this only types it). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(filter: object): Promise<{ id?: number; url?: string; windowId: number }[]> };
  extension: { getViews(filter: { type: string }): Window[] };
};

const POPUP_VIEWPORT = { width: 480, height: 640 };

async function openPopup(session: ExtensionSession, query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  return page;
}

function firstOption(page: Page) {
  return page.locator('#lookup-results [role="option"]').first();
}

/** Types like a person, one key at a time, so every keystroke sends its own search. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.locator('#lookup-query');
  await input.fill('');
  await input.pressSequentially(query, { delay: 15 });
}

async function setLocale(page: Page, locale: 'en' | 'zh_CN'): Promise<void> {
  await page.evaluate((l) => chrome.storage.local.set({ locale: l }), locale);
  await page.reload();
}

describe('quick credit lookup: popup, customer page and context menu', () => {
  let session: ExtensionSession;
  let csv: string;
  const asOf = localToday();

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
  });
  afterAll(async () => session?.close());

  it('offers the import link while no ledger is imported', async () => {
    const popup = await openPopup(session);
    await expect.poll(() => popup.getByTestId('no-data').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.locator('#lookup-query').isDisabled()).toBe(true);
    await popup.screenshot({ path: 'test-out/popup-no-data-zh.png' });
    await popup.close();
  });

  it('imports the sample ledger through the options page', async () => {
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toMatch(/2000/);
    await options.close();
  });

  it('finds customers by pinyin initials, code and contact e-mail with figures equal to the CSV', async () => {
    const popup = await openPopup(session);
    const cases: [string, string][] = [
      ['bjxh', 'C0001'],
      ['C0002', 'C0002'],
      ['emily.chen@harborlog.com', 'C0002'],
      ['深圳蓝海', 'C0003'],
    ];
    for (const [query, code] of cases) {
      await typeQuery(popup, query);
      await expect.poll(() => firstOption(popup).getAttribute('data-customer'), { timeout: 20_000 }).toBe(code);
      const expected = expectedBadge(csv, code, asOf);
      expect(Number(await firstOption(popup).getAttribute('data-available')), query).toBe(expected.availableCents);
      expect(await firstOption(popup).locator('.mini-bar .seg').count()).toBeGreaterThan(0);
      expect(await firstOption(popup).getAttribute('data-grade')).toMatch(/^[ABCD]$/);
    }
    await typeQuery(popup, 'bjxh');
    await expect.poll(() => firstOption(popup).getAttribute('data-customer')).toBe('C0001');
    await popup.screenshot({ path: 'test-out/popup-lookup-zh.png' });

    await typeQuery(popup, '未知新客户有限公司');
    await expect.poll(() => popup.getByTestId('no-match').count(), { timeout: 20_000 }).toBe(1);
    await popup.close();
  });

  it('moves with the arrow keys, opens the customer page on Enter and clears on Escape', async () => {
    const popup = await openPopup(session);
    const input = popup.locator('#lookup-query');
    await typeQuery(popup, 'C0002');
    await expect.poll(() => firstOption(popup).getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0002');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('lookup-option-0');
    expect(await firstOption(popup).getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/customer.html'));
    // The popup closes itself once the tab is open, so the key press may outlive its page.
    await input.press('Enter', { noWaitAfter: true }).catch(() => undefined);
    const customer = await opened;
    expect(new URL(customer.url()).searchParams.get('id')).toBe('C0002');
    const main = customer.locator('main[data-customer="C0002"]');
    await expect.poll(() => main.count(), { timeout: 20_000 }).toBe(1);
    // The credit card of the in-page panel: limit, exposure, available.
    expect(Number(await customer.locator('.credit-card .figures dd').nth(2).getAttribute('data-amount'))).toBe(expectedBadge(csv, 'C0002', asOf).availableCents);
    expect(await customer.locator('.aging[data-currency="USD"] .bar .seg').count()).toBeGreaterThan(0);
    expect(await customer.locator('table.invoices tbody tr').count()).toBeGreaterThan(0);
    await customer.screenshot({ path: 'test-out/customer-page-zh.png', fullPage: true });
    await customer.close();

    if (!popup.isClosed()) {
      const again = await openPopup(session);
      await typeQuery(again, 'C0002');
      await expect.poll(() => firstOption(again).count(), { timeout: 20_000 }).toBe(1);
      await again.locator('#lookup-query').press('Escape');
      expect(await again.locator('#lookup-query').inputValue()).toBe('');
      expect(await again.locator('#lookup-results [role="option"]').count()).toBe(0);
      await again.close();
    }
  });

  it('runs the context menu path: the selection opens the lookup with the result', async () => {
    // Opened first: a page opened after the popup would take the focus and close it.
    const probe = await session.context.newPage();
    await probe.goto(`chrome-extension://${session.extensionId}/customer.html`);
    const page = await session.context.newPage();
    await page.setContent('<p id="t">请与北京星河科技有限公司确认发货</p>');
    const opened = await session.worker.evaluate(async () => {
      const hook = (globalThis as unknown as { arLensLookup: { onLookupMenuClicked(info: object, tab?: object): Promise<string> | undefined } }).arLensLookup;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return hook.onLookupMenuClicked({ menuItemId: 'ar-lens-lookup-credit', selectionText: '北京星河科技有限公司', editable: false, pageUrl: tab?.url }, tab);
    });
    expect(['popup', 'window']).toContain(opened);
    const expected = expectedBadge(csv, 'C0001', asOf).availableCents;
    if (opened === 'window') {
      const popupWindow = session.context.pages().find((p) => p.url().includes('/popup.html?q='));
      expect(popupWindow).toBeDefined();
      await expect.poll(() => firstOption(popupWindow!).getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0001');
      expect(Number(await firstOption(popupWindow!).getAttribute('data-available'))).toBe(expected);
    } else {
      // The toolbar popup is not a Playwright page; another extension page of the same process reads its document.
      const read = () =>
        probe.evaluate(() => {
          const view = chrome.extension.getViews({ type: 'popup' })[0];
          const input = view?.document.querySelector<HTMLInputElement>('#lookup-query');
          const option = view?.document.querySelector<HTMLElement>('#lookup-results [role="option"]');
          return { query: input?.value ?? null, customer: option?.dataset.customer ?? null, available: option?.dataset.available ?? null };
        });
      await expect.poll(async () => (await read()).customer, { timeout: 20_000 }).toBe('C0001');
      const shown = await read();
      expect(shown.query).toBe('北京星河科技有限公司');
      expect(Number(shown.available)).toBe(expected);
    }
    await probe.close();
    await page.close();
  });

  it('suggests customers in the omnibox (keyword ar) from the same search, with the data escaped', async () => {
    const suggestions = await session.worker.evaluate(() => {
      const hook = (globalThis as unknown as { arLensLookup: { omniboxSuggestions(text: string): Promise<{ content: string; description: string; customerId: string }[]> } }).arLensLookup;
      return hook.omniboxSuggestions('bjxh');
    });
    expect(suggestions[0]?.customerId).toBe('C0001');
    expect(suggestions[0]?.content).toBe('北京星河科技有限公司 C0001');
    expect(suggestions[0]?.description).toMatch(/^北京星河科技有限公司 <dim>C0001 · .+<\/dim>$/);
    const harbor = await session.worker.evaluate(() =>
      (globalThis as unknown as { arLensLookup: { omniboxSuggestions(text: string): Promise<{ description: string; customerId: string }[]> } }).arLensLookup.omniboxSuggestions('C0002'),
    );
    expect(harbor[0]?.customerId).toBe('C0002');
    // "Harbor Logistics (Shanghai) Co., Ltd." has no markup characters; the escaping itself is unit-tested.
    expect(harbor[0]?.description.startsWith('Harbor Logistics (Shanghai) Co., Ltd. <dim>')).toBe(true);
  });

  it('the lookup window fallback shows the result for a query in its URL', async () => {
    const popup = await openPopup(session, 'beijingxinghe');
    await expect.poll(() => firstOption(popup).getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0001');
    expect(await popup.locator('#lookup-query').inputValue()).toBe('beijingxinghe');
    await popup.close();
  });

  it('speaks English when the user chooses it (screenshots of both languages)', async () => {
    const popup = await openPopup(session);
    await setLocale(popup, 'en');
    await typeQuery(popup, 'harbor');
    await expect.poll(() => firstOption(popup).getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0002');
    expect(await firstOption(popup).textContent()).toContain('Available');
    await popup.screenshot({ path: 'test-out/popup-lookup-en.png' });
    const customer = await session.context.newPage();
    await customer.goto(`chrome-extension://${session.extensionId}/customer.html?id=C0001`);
    await expect.poll(() => customer.locator('main[data-customer="C0001"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await customer.locator('.credit-card').textContent()).toContain('Available');
    await customer.screenshot({ path: 'test-out/customer-page-en.png', fullPage: true });
    await setLocale(popup, 'zh_CN');
    await customer.close();
    await popup.close();
  });
});
