import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, blockNetwork, launchWithExtension, openOptions } from '../../scripts/browser/launch';
import { writeSampleLedger } from './sampleLedger';

const GBK_FIXTURE = resolve('test/fixtures/import/gbk-title-totals-unknown-customer-header.csv');

/** Ledger counts as the Data section shows them. */
async function counts(page: Page) {
  const el = page.getByTestId('ledger-counts');
  return {
    customers: Number(await el.getAttribute('data-customers')),
    invoices: Number(await el.getAttribute('data-invoices')),
    contacts: Number(await el.getAttribute('data-contacts')),
  };
}

/** Drops a file on the drop zone the way a browser does: a drop event carrying a DataTransfer with the file. */
async function dropFile(page: Page, path: string, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: 'text/csv' }));
      return dt;
    },
    { b64: readFileSync(path).toString('base64'), name },
  );
  await page.getByTestId('import-dropzone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('import-dropzone').dispatchEvent('drop', { dataTransfer });
}

/** Records whether the progress bar was ever on screen (it may come and go between two polls). */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: string[] };
    w.sawProgress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      const phase = bar?.getAttribute('data-phase');
      if (phase && !w.sawProgress.includes(phase)) w.sawProgress.push(phase);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}
const sawProgress = (page: Page) => page.evaluate(() => (window as unknown as { sawProgress: string[] }).sawProgress);

describe('import page and AR feed in Chromium', () => {
  let session: ExtensionSession;
  let csv: string;
  let server: Server;
  let base = '';
  let feedMode: 'ok' | 'fail' = 'ok';
  const feedHits: string[] = [];

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
    server = createServer((req, res) => {
      feedHits.push(`${req.method} ${feedMode}`);
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'accept, if-none-match, authorization, x-api-key',
        'access-control-expose-headers': 'etag',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      if (feedMode === 'fail') {
        res.writeHead(500, cors);
        res.end('internal error');
        return;
      }
      res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: '"feed-v1"' });
      res.end(
        JSON.stringify({
          data: [
            { account: { no: 'F001', name: '深圳前海供应链管理有限公司' }, doc: 'AR-9001', due: '2026-09-30', ccy: 'CNY', total: '5000.00', open: '5000.00' },
            { account: { no: 'F001', name: '深圳前海供应链管理有限公司' }, doc: 'AR-9002', due: '2026-12-31', ccy: 'CNY', total: '800.00', open: '300.00' },
            { account: { no: 'F002', name: 'Harbor Freight Partners Ltd.' }, doc: 'AR-9003', due: '2026-10-15', ccy: 'USD', total: '1200.00', open: '1200.00' },
          ],
        }),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await session?.close();
    await new Promise<void>((done) => server?.close(() => done()));
  });

  it('imports a GBK export with a title row and a totals row after fixing a mapping, then undoes it', async () => {
    const options = await openOptions(session);
    await watchProgress(options);

    // The starting ledger: the sample CSV through the file input, reviewed and confirmed.
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toMatch(/2000/);
    expect(await sawProgress(options)).toEqual(expect.arrayContaining(['parse', 'write']));
    await expect.poll(() => counts(options).then((c) => c.customers), { timeout: 90_000 }).toBe(2000);
    const before = await counts(options);

    // The GBK file, dropped: its customer column "结算户" is not recognised, so nothing can be imported yet.
    await dropFile(options, GBK_FIXTURE, '应收账款明细.csv');
    const detected = options.getByTestId('import-detected');
    await expect.poll(() => detected.getAttribute('data-encoding'), { timeout: 90_000 }).toBe('gb18030');
    await expect.poll(() => detected.textContent()).toMatch(/3/);
    expect(await options.locator('#import-status .error').count()).toBe(1);
    expect(await options.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await options.locator('[data-testid="import-issues"] tr[data-code="missing-column"]').count()).toBe(1);
    await options.screenshot({ path: 'test-out/import-gbk-needs-mapping.png', fullPage: true });

    // Fix the mapping: customer name ← column "结算户".
    await options.locator('#map-customer_name').selectOption({ label: '结算户' });
    await expect.poll(() => options.getByTestId('import-ready').textContent(), { timeout: 90_000 }).toMatch(/4 (张发票|invoices)/);
    expect(await options.getByTestId('import-confirm').isEnabled()).toBe(true);
    const totals = options.locator('[data-testid="import-issues"] tr[data-code="totals-row"]');
    expect(await totals.getAttribute('data-row')).toBe('8');
    expect(await totals.getAttribute('data-severity')).toBe('warning');
    expect(await options.locator('[data-testid="import-preview"] tbody tr').count()).toBe(5);
    await options.screenshot({ path: 'test-out/import-gbk-review.png', fullPage: true });

    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 90_000 }).toMatch(/3 (个客户|customers).*4 (张发票|invoices)/);
    await expect.poll(() => counts(options), { timeout: 90_000 }).toEqual({ customers: 3, invoices: 4, contacts: 0 });
    await options.screenshot({ path: 'test-out/import-gbk-done.png', fullPage: true });

    // The corrected mapping was saved for these headers: the same export imports without fixing it again.
    await dropFile(options, GBK_FIXTURE, '应收账款明细-10月.csv');
    await expect.poll(() => options.getByTestId('import-profile').count(), { timeout: 90_000 }).toBe(1);
    expect(await options.getByTestId('import-confirm').isEnabled()).toBe(true);
    await options.getByTestId('import-cancel').click();

    // Undo the GBK import: the sample ledger is back, row for row.
    await options.getByTestId('import-undo').click();
    await expect.poll(() => options.getByTestId('import-undone').count(), { timeout: 90_000 }).toBe(1);
    await expect.poll(() => counts(options), { timeout: 90_000 }).toEqual(before);
    await options.screenshot({ path: 'test-out/import-undone.png', fullPage: true });

    // An XLSX workbook with merged header cells: read-excel-file runs inside the worker of the built extension.
    await options.locator('#import-file').setInputFiles(resolve('test/fixtures/import/kingdee-cloud-merged-header.xlsx'));
    await expect.poll(() => options.getByTestId('import-detected').getAttribute('data-encoding'), { timeout: 90_000 }).toBe('xlsx');
    expect(await options.getByTestId('import-confirm').isEnabled()).toBe(true);
    await options.getByTestId('import-cancel').click();
    expect(await counts(options)).toEqual(before);
    await options.close();
  });

  it('AR feed: test, save and refresh from a local server; a 500 keeps the last good data and shows the error', async () => {
    const options = await openOptions(session);
    await options.locator('[data-testid="ar-feed-card"][data-loaded="true"]').waitFor();
    await options.locator('#ar-feed-url').fill(`${base}/ar`);
    await options.locator('#ar-feed-rows-path').fill('data');
    await options.locator('#ar-feed-mapping').fill(
      ['customer_code = account.no', 'customer_name = account.name', 'invoice_number = doc', 'due_date = due', 'currency = ccy', 'amount = total', 'open_amount = open'].join('\n'),
    );
    const before = await counts(options);

    await options.getByTestId('ar-feed-test').click();
    await expect.poll(() => options.getByTestId('ar-feed-message').textContent(), { timeout: 30_000 }).toMatch(/3 (张发票|invoices)/);
    expect(await counts(options)).toEqual(before);

    await options.getByTestId('ar-feed-save').click();
    await expect.poll(() => options.getByTestId('ar-feed-last-success').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => counts(options), { timeout: 90_000 }).toEqual({ customers: 2, invoices: 3, contacts: 0 });
    expect(await options.getByTestId('ar-feed-error').count()).toBe(0);
    await options.screenshot({ path: 'test-out/feed-ok.png', fullPage: true });

    feedMode = 'fail';
    await options.getByTestId('ar-feed-refresh').click();
    await expect.poll(() => options.getByTestId('ar-feed-error').getAttribute('data-code'), { timeout: 30_000 }).toBe('http');
    expect(await options.getByTestId('ar-feed-error').textContent()).toMatch(/500/);
    expect(feedHits.filter((h) => h === 'GET fail').length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => counts(options), { timeout: 90_000 }).toEqual({ customers: 2, invoices: 3, contacts: 0 });
    expect(await options.getByTestId('ar-feed-last-success').count()).toBe(1);
    await options.reload();
    await expect.poll(() => options.getByTestId('ar-feed-error').count(), { timeout: 10_000 }).toBe(1);
    expect(await counts(options)).toEqual({ customers: 2, invoices: 3, contacts: 0 });
    await options.getByTestId('ar-feed-card').screenshot({ path: 'test-out/feed-error.png' });
    await options.screenshot({ path: 'test-out/feed-error-page.png', fullPage: true });

    // Delete everything: asked first (cannot be undone), then every table is empty, the feed included.
    await options.getByTestId('delete-start').click();
    expect(await options.getByTestId('delete-everything').textContent()).toMatch(/无法撤销|cannot be undone/);
    await options.keyboard.press('Escape');
    expect(await options.getByTestId('delete-confirm').count()).toBe(0);
    await options.getByTestId('delete-start').click();
    await options.getByTestId('delete-confirm').click();
    await expect.poll(() => counts(options), { timeout: 90_000 }).toEqual({ customers: 0, invoices: 0, contacts: 0 });
    await expect.poll(() => options.locator('#ar-feed-url').inputValue()).toBe('');
    expect(await options.getByTestId('ar-feed-error').count()).toBe(0);
    expect(await options.getByTestId('import-undo').count()).toBe(0);
    await options.close();
  });
});
