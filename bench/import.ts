import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SCHEMA_V3, toCustomerRow } from 'shared/db';
import { parseLedgerFile } from 'shared/import';
import type { ExtensionSession } from '../scripts/browser/launch';
import { sampleLedgerCsv } from '../scripts/sample/ledger';
import { type Figure, round } from './lib';

const CUSTOMERS = 10_000;
const INVOICES_EACH = 10;

/** Stores of the floor database: the same key paths and indexes as the extension's ledger tables. */
const FLOOR_STORES = (['customers', 'invoices', 'contacts'] as const).map((name) => ({ name, spec: SCHEMA_V3[name] }));

interface FloorData {
  customers: unknown[];
  invoices: unknown[];
  contacts: unknown[];
}

/**
 * The floor: the same records put into a raw IndexedDB database with the same indexes, in one transaction,
 * with no parsing, no validation and no backup of a previous ledger. Runs in the options page.
 */
function rawBulkWrite(page: Page, data: FloorData): Promise<number> {
  return page.evaluate(
    async ({ data, stores }) => {
      const name = `ar-lens-floor-${Date.now()}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          for (const { name, spec } of stores) {
            const [primary = 'id', ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(primary, { keyPath: primary });
            for (const index of indexes) {
              const multi = index.startsWith('*');
              const key = index.replace('*', '');
              store.createIndex(key, key, { multiEntry: multi });
            }
            // createObjectStore above is named after the key path; rename to the table's name.
            store.name = name;
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(
          stores.map((s) => s.name),
          'readwrite',
        );
        for (const { name } of stores) {
          const store = tx.objectStore(name);
          for (const row of data[name as keyof typeof data]) store.put(row);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const ms = performance.now() - started;
      db.close();
      indexedDB.deleteDatabase(name);
      return ms;
    },
    { data, stores: FLOOR_STORES },
  );
}

/** Empties the extension's database through the Data section, so the import starts from the same state each run. */
async function deleteEverything(page: Page): Promise<void> {
  await page.getByTestId('delete-start').click();
  await page.getByTestId('delete-confirm').click();
  await page.getByTestId('ledger-counts').and(page.locator('[data-invoices="0"]')).waitFor({ timeout: 60_000 });
}

/**
 * Import of 100,000 invoice rows through the real code path (file input → worker: decode, parse, validate →
 * review → confirm → one Dexie transaction with the undo backup), against a raw IndexedDB bulk write of the
 * same records in the same browser (the floor).
 */
export async function runImportBench(session: ExtensionSession): Promise<Figure[]> {
  const asOf = new Date().toLocaleDateString('en-CA');
  const csv = sampleLedgerCsv({ asOf, customers: CUSTOMERS, invoicesPerCustomer: INVOICES_EACH });
  mkdirSync(resolve('test-out'), { recursive: true });
  const path = resolve('test-out/bench-ledger-100k.csv');
  writeFileSync(path, csv);
  const parsed = parseLedgerFile(new Uint8Array(readFileSync(path)), 'bench-ledger-100k.csv');
  const floorData: FloorData = { customers: parsed.customers.map(toCustomerRow), invoices: parsed.invoices, contacts: parsed.contacts };

  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html#data`);
  await deleteEverything(page);

  const started = Date.now();
  await page.locator('#import-file').setInputFiles(path);
  const confirm = page.getByTestId('import-confirm');
  await confirm.and(page.locator(':enabled')).waitFor({ timeout: 300_000 });
  const reviewed = Date.now();
  await confirm.click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 300_000 });
  const finished = Date.now();
  const parseMs = Number(await summary.getAttribute('data-parse-ms'));
  const writeMs = Number(await summary.getAttribute('data-write-ms'));
  const text = (await summary.textContent()) ?? '';

  const floorMs = await rawBulkWrite(page, floorData);
  await page.close();

  const importMs = parseMs + writeMs;
  const rows = parsed.invoices.length;
  return [
    {
      name: `import ${rows} invoice rows (${parsed.customers.length} customers), parse + write`,
      unit: 'ms',
      value: round(importMs, 0),
      floor: round(floorMs, 0),
      floorName: 'raw IndexedDB bulk write of the same records, same indexes',
      ratio: round(importMs / floorMs, 2),
      goal: '≤ 2× floor',
      meetsGoal: importMs <= 2 * floorMs,
      note: `import: parse ${parseMs} ms (${round(rows / (parseMs / 1000), 0)} rows/s) + write ${writeMs} ms; file chosen → review shown ${reviewed - started} ms, confirm → summary ${finished - reviewed} ms; ${text.trim()}`,
    },
  ];
}
