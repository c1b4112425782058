import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, badge, blockNetwork, fixture, launchWithExtension, openOptions, serveAt } from '../../scripts/browser/launch';
import { expectedBadge, localToday, writeSampleLedger } from './sampleLedger';

const SF = 'https://xinghe-demo.lightning.force.com';
const ACCOUNT_A = `${SF}/lightning/r/Account/0015g00000XyZ1aAAF/view`;
const ACCOUNT_B = `${SF}/lightning/r/Account/0015g00000AbC2bAAF/view`;

describe('walking skeleton: Salesforce account page shows the overdue badge', () => {
  let session: ExtensionSession;
  let csv: string;

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
    await serveAt(session.context, ACCOUNT_A, fixture('salesforce', '2026-11-22-account-view.html'));
  });
  afterAll(async () => session?.close());

  it('imports the sample CSV through the options page file input', async () => {
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toMatch(/2000/);
    await options.screenshot({ path: 'test-out/options-import.png' });
    await options.close();
  });

  it('shows figures equal to an independent computation from the CSV, and follows in-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto(ACCOUNT_A);
    const found = badge(page).locator('[data-state="found"]');
    await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(1);

    const asOf = localToday();
    const a = expectedBadge(csv, 'C0001', asOf);
    expect(await found.getAttribute('data-customer')).toBe('C0001');
    expect(Number(await found.locator('.days').getAttribute('data-days'))).toBe(a.worstDays);
    expect(Number(await found.locator('.overdue[data-currency="CNY"]').getAttribute('data-amount'))).toBe(a.overdueCents);
    expect(Number(await found.locator('.credit').getAttribute('data-available'))).toBe(a.availableCents);
    await expect.poll(() => found.locator('.days').textContent()).toContain(`逾期 ${a.worstDays} 天`);

    await found.locator('button.badge').click();
    await expect.poll(() => found.locator('.panel .aging').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-out/salesforce-badge-open.png' });

    // In-app navigation the way Lightning does it: pushState, then the new record renders into the page.
    const next = fixture('salesforce', '2026-11-22-account-view-b.html');
    await page.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.querySelector('.oneOne')?.replaceWith(doc.querySelector('.oneOne')!);
        document.title = doc.title;
      },
      { url: ACCOUNT_B, html: next },
    );
    await expect.poll(() => badge(page).locator('[data-state="found"]').getAttribute('data-customer'), { timeout: 20_000 }).toBe('C0002');
    expect(await badge(page).count()).toBe(1);
    const b = expectedBadge(csv, 'C0002', asOf);
    const foundB = badge(page).locator('[data-state="found"]');
    expect(Number(await foundB.locator('.days').getAttribute('data-days'))).toBe(b.worstDays);
    expect(Number(await foundB.locator('.overdue[data-currency="USD"]').getAttribute('data-amount'))).toBe(b.overdueCents);
    expect(Number(await foundB.locator('.credit').getAttribute('data-available'))).toBe(b.availableCents);
    await page.screenshot({ path: 'test-out/salesforce-badge-navigated.png' });
  });

  it('shows the data age on the badge once the ledger is days old', async () => {
    const options = await openOptions(session);
    const threeDaysAgo = Date.now() - 3 * 86_400_000 - 60_000;
    await options.evaluate(
      (at) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('ar-lens');
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            const store = tx.objectStore('meta');
            const get = store.get('lastImport');
            get.onsuccess = () => store.put({ key: 'lastImport', value: { ...get.result.value, at } });
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          };
        }),
      threeDaysAgo,
    );
    await options.close();
    const page = await session.context.newPage();
    await page.goto(ACCOUNT_A);
    const age = badge(page).locator('[data-state="found"] .age');
    await expect.poll(() => age.textContent(), { timeout: 20_000 }).toContain('3天前');
    expect(Number(await age.getAttribute('data-imported-at'))).toBe(threeDaysAgo);
    await page.close();
  });

  it('reports each bad row of a bad CSV by row number and imports only the good rows', async () => {
    const bad = resolve('test-out/bad-ledger.csv');
    writeFileSync(
      bad,
      [
        'customer_code,customer_name,tier,credit_limit,credit_currency,invoice_number,issue_date,due_date,currency,amount,open_amount',
        'B001,坏数据测试有限公司,B,1000.00,CNY,BAD-1,2026-01-01,2026-02-01,CNY,100.00,100.00',
        'B001,坏数据测试有限公司,B,1000.00,CNY,BAD-2,2026-01-01,2026-02-01,CNY,abc,1.00',
        'B001,坏数据测试有限公司,B,1000.00,CNY,BAD-3,2026-01-01,2026-13-45,CNY,50.00,50.00',
        'B001,坏数据测试有限公司,B,1000.00,CNY,BAD-4,2026-01-01,2026-03-01,CNY,70.00,70.00',
      ].join('\n'),
    );
    const options = await openOptions(session);
    await options.locator('input[name="mode"][value="merge"]').check();
    await options.locator('#import-file').setInputFiles(bad);
    await options.getByTestId('import-confirm').click();
    const issues = options.getByTestId('import-issues');
    await expect.poll(() => issues.locator('tr[data-severity="error"]').count(), { timeout: 20_000 }).toBe(2);
    expect(await issues.locator('tr[data-row="3"]').count()).toBe(1);
    expect(await issues.locator('tr[data-row="4"]').count()).toBe(1);
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 20_000 }).toMatch(/\b2\b.*(invoices|张发票)|(张发票|invoices).*\b2\b/);

    const missingColumn = resolve('test-out/missing-column.csv');
    writeFileSync(missingColumn, 'customer_name,invoice_number,due_date,currency\nX有限公司,M-1,2026-01-01,CNY\n');
    await options.locator('#import-file').setInputFiles(missingColumn);
    await expect.poll(() => options.locator('#import-status .error').count(), { timeout: 20_000 }).toBe(1);
    await options.screenshot({ path: 'test-out/options-bad-csv.png', fullPage: true });
    await options.close();
  });
});
