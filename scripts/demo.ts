import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleLedgerCsv } from './sample/ledger';
import { blockNetwork, launchWithExtension, openOptions, serveAt } from './browser/launch';
import { writeFileSync } from 'node:fs';

/**
 * `npm run demo`: builds the extension, starts Chromium with it, imports the sample ledger through the
 * options page and opens a fixture page of every supported site at its real URL. Headed where a display
 * exists (the browser stays open until you close it), otherwise headless; screenshots go to demo-out/.
 */
const OUT = resolve('demo-out');
mkdirSync(OUT, { recursive: true });

console.log('› building the extension (wxt build)…');
execSync('npx wxt build', { stdio: 'inherit' });

const asOf = new Date().toLocaleDateString('en-CA');
const csvPath = join(OUT, 'sample-ledger.csv');
writeFileSync(csvPath, sampleLedgerCsv({ asOf }));
console.log(`› sample ledger as of ${asOf} → ${csvPath}`);

interface DemoPage {
  site: string;
  url: string;
  file: string;
}

/** Every positive fixture case the connector suites declare (test/fixtures/<site>/cases.json), one per site and case. */
function demoPages(): DemoPage[] {
  const root = resolve('test/fixtures');
  const pages: DemoPage[] = [];
  for (const site of readdirSync(root)) {
    const cases = join(root, site, 'cases.json');
    if (!existsSync(cases)) continue;
    const list = JSON.parse(readFileSync(cases, 'utf8')) as { file: string; url: string; expect?: unknown; demo?: boolean }[];
    const shown = list.filter((c) => c.demo ?? c.expect !== null);
    for (const c of shown.slice(0, 2)) pages.push({ site, url: c.url, file: join(root, site, c.file) });
  }
  return pages;
}

const headless = !process.env.DISPLAY;
const session = await launchWithExtension({ headless });
await blockNetwork(session.context);

const options = await openOptions(session);
await options.locator('#import-file').setInputFiles(csvPath);
await options.getByTestId('import-summary').waitFor({ timeout: 120_000 });
await options.screenshot({ path: join(OUT, '00-options-import.png'), fullPage: true });
console.log(`› ${await options.getByTestId('import-summary').textContent()}`);

const pages = demoPages();
let n = 1;
for (const p of pages) {
  await serveAt(session.context, p.url, readFileSync(p.file, 'utf8'));
  const page = await session.context.newPage();
  await page.goto(p.url);
  await page.locator('ar-lens-badge, [data-ar-lens]').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(600);
  const shot = join(OUT, `${String(n++).padStart(2, '0')}-${p.site}.png`);
  await page.screenshot({ path: shot });
  console.log(`› ${p.site}: ${p.url} → ${shot}`);
}

if (headless) {
  await session.close();
  console.log(`› done: screenshots in ${OUT}`);
} else {
  console.log('› the browser stays open; close it to finish.');
  await new Promise((done) => session.context.on('close', done));
}
