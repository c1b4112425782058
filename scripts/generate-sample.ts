import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sampleLedgerCsv } from './sample/ledger';

/** Writes the sample ledger as of today (or --as-of yyyy-MM-dd) to demo-out/sample-ledger.csv (or --out). */
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asOf = arg('--as-of') ?? new Date().toLocaleDateString('en-CA');
const out = arg('--out') ?? 'demo-out/sample-ledger.csv';
mkdirSync(dirname(out), { recursive: true });
const csv = sampleLedgerCsv({ asOf });
writeFileSync(out, csv);
console.log(`sample ledger as of ${asOf}: ${csv.split('\r\n').length - 2} rows → ${out}`);
