import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { type ExtensionSession, openOptions } from '../../scripts/browser/launch';
import { sampleLedgerCsv } from '../../scripts/sample/ledger';

/** The user's date in this machine's zone, the same clock the browser under test reads. */
export function localToday(): string {
  return new Date().toLocaleDateString('en-CA');
}

/** Writes the sample ledger as of today and returns its path. */
export function writeSampleLedger(dir = 'test-out'): string {
  const path = resolve(dir, 'sample-ledger.csv');
  mkdirSync(resolve(dir), { recursive: true });
  writeFileSync(path, sampleLedgerCsv({ asOf: localToday() }));
  return path;
}

/** Decimal text → integer cents, by string surgery only (independent of shared/money). */
function cents(text: string): number {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return text.startsWith('-') ? -value : value;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

export interface ExpectedBadge {
  worstDays: number;
  overdueCents: number;
  availableCents: number;
}

/**
 * What the badge must show for one customer, computed straight from the CSV rows: the oldest undisputed
 * overdue invoice, the undisputed overdue total in the limit's currency, and limit minus everything open.
 */
export function expectedBadge(csvPath: string, customerCode: string, asOf: string): ExpectedBadge {
  const rows = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true }).data.filter(
    (r) => r.customer_code === customerCode && r.invoice_number,
  );
  const limitCurrency = rows[0]!.credit_currency!;
  let worstDays = 0;
  let overdueCents = 0;
  let openCents = 0;
  for (const r of rows) {
    const open = cents(r.open_amount!);
    if (open === 0 || r.currency !== limitCurrency) continue;
    openCents += open;
    const days = dayNumber(asOf) - dayNumber(r.due_date!);
    if (days > 0 && open > 0 && r.disputed !== 'yes' && r.kind !== 'credit-note') {
      overdueCents += open;
      worstDays = Math.max(worstDays, days);
    }
  }
  return { worstDays, overdueCents, availableCents: cents(rows[0]!.credit_limit!) - openCents };
}

/**
 * Imports a ledger file the way a person does: the options page's file input, the review step's confirm
 * button, then the summary. Returns the summary text.
 */
export async function importThroughOptions(session: ExtensionSession, csvPath: string): Promise<string> {
  const options = await openOptions(session);
  await options.locator('#import-file').setInputFiles(csvPath);
  await options.getByTestId('import-confirm').click();
  const summary = options.getByTestId('import-summary');
  await summary.waitFor({ timeout: 120_000 });
  const text = (await summary.textContent()) ?? '';
  await options.close();
  return text;
}
