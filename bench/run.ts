import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { blockNetwork } from '../scripts/browser/launch';
import { runBadgeBench } from './badge';
import { runFullViewBench } from './fullView';
import { runHeapBench } from './heap';
import { runImportBench } from './import';
import { type Figure, buildForBench, launchBench } from './lib';
import { runMainThreadBench } from './mainThread';
import { runSearchBench } from './search';
import { runSizeBench } from './sizes';
import { resultsTable } from './table';

/**
 * `npm run bench`: builds with the bench page, runs every benchmark in headless Chromium with the built
 * extension, writes bench/results.json and bench/results.md (the table the README shows). The order matters:
 * the import fills the ledger the badge and heap benchmarks read; the search runs before the service worker is
 * first stopped. A benchmark that fails is reported as a failure and the others still run.
 */
buildForBench();
const session = await launchBench();
await blockNetwork(session.context);
const figures: Figure[] = [];
const failures: string[] = [];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')} at start`;
const steps: [string, () => Promise<Figure[]> | Figure[]][] = [
  ['import', () => runImportBench(session)],
  ['search', () => runSearchBench(session)],
  ['badge', () => runBadgeBench(session)],
  ['main thread', () => runMainThreadBench(session)],
  ['heap', () => runHeapBench(session)],
  ['full view', () => runFullViewBench(session)],
  ['sizes', () => runSizeBench()],
];
try {
  for (const [name, step] of steps) {
    const started = Date.now();
    try {
      figures.push(...(await step()));
      console.log(`✔ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
    } catch (error) {
      failures.push(`${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      console.error(`✘ ${name}`, error);
    }
  }
} finally {
  await session.close();
}
mkdirSync('bench', { recursive: true });
const at = new Date().toISOString();
writeFileSync('bench/results.json', `${JSON.stringify({ at, machine, figures, failures }, null, 2)}\n`);
const markdown = resultsTable(figures, failures, `${at}, ${machine}`);
writeFileSync('bench/results.md', markdown);
console.log(markdown);
