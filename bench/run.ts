import { mkdirSync, writeFileSync } from 'node:fs';
import { runFullViewBench } from './fullView';
import { type Figure, buildForBench, launchBench } from './lib';

/** `npm run bench`: builds with the bench page, runs every benchmark in headless Chromium, writes the results. */
buildForBench();
const session = await launchBench();
const figures: Figure[] = [];
try {
  figures.push(...(await runFullViewBench(session)));
} finally {
  await session.close();
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ at: new Date().toISOString(), figures }, null, 2)}\n`);
const table = [
  '| measure | value | p95 | floor | ratio | goal |',
  '|---|---|---|---|---|---|',
  ...figures.map(
    (f) =>
      `| ${f.name} | ${f.value} ${f.unit} | ${f.p95 ?? ''} | ${f.floor !== undefined ? `${f.floor} ${f.unit} (${f.floorName})` : ''} | ${f.ratio ?? ''} | ${f.goal ?? ''}${f.meetsGoal === undefined ? '' : f.meetsGoal ? ' ✓' : ' ✗'} |`,
  ),
].join('\n');
writeFileSync('bench/results.md', `${table}\n`);
console.log(table);
for (const f of figures) if (f.note) console.log(`- ${f.note}`);
