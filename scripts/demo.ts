import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleLedgerCsv } from './sample/ledger';
import { blockNetwork, launchWithExtension, openOptions, serveAt } from './browser/launch';

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

/**
 * Fixture pages to open: per CRM site, record pages of two different customers (`cases.json`); per webmail
 * site, its first compose fixture (`expectations.json`).
 */
function demoPages(): DemoPage[] {
  const root = resolve('test/fixtures');
  const pages: DemoPage[] = [];
  for (const site of readdirSync(root).sort()) {
    const cases = join(root, site, 'cases.json');
    const mail = join(root, site, 'expectations.json');
    // Generic sites show nothing until the user describes one in the options (see the Connectors section).
    if (site === 'generic') continue;
    if (existsSync(cases)) {
      const list = JSON.parse(readFileSync(cases, 'utf8')) as { file: string; url: string; identity: { name?: string } | null }[];
      const seen = new Set<string>();
      for (const c of list) {
        const name = c.identity?.name;
        if (!name || seen.has(name) || seen.size >= 2) continue;
        seen.add(name);
        pages.push({ site, url: c.url, file: join(root, site, c.file) });
      }
    } else if (existsSync(mail)) {
      const list = Object.entries(JSON.parse(readFileSync(mail, 'utf8')) as Record<string, { url: string; composes: unknown[] }>);
      const first = list.find(([, e]) => e.composes.length > 0);
      if (first) pages.push({ site, url: first[1].url, file: join(root, site, first[0]) });
    }
  }
  return pages;
}

const headless = !process.env.DISPLAY;
const session = await launchWithExtension({ headless });
await blockNetwork(session.context);

const options = await openOptions(session);
await options.locator('#import-file').setInputFiles(csvPath);
await options.getByTestId('import-confirm').click();
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

// The customer panel behind the first Salesforce badge, and the popup's credit lookup by pinyin initials.
const salesforcePage = pages.find((p) => p.site === 'salesforce');
if (salesforcePage) {
  const page = await session.context.newPage();
  await page.goto(salesforcePage.url);
  await page.locator('ar-lens-badge button.badge').first().click({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(OUT, `${String(n++).padStart(2, '0')}-salesforce-panel.png`) });
}
const popup = await session.context.newPage();
await popup.setViewportSize({ width: 420, height: 600 });
await popup.goto(`chrome-extension://${session.extensionId}/popup.html?q=bjxh`);
await popup.waitForTimeout(2500);
await popup.screenshot({ path: join(OUT, `${String(n++).padStart(2, '0')}-popup-lookup.png`) });
console.log(`› customer panel and popup lookup → ${OUT}`);

if (headless) {
  await session.close();
  console.log(`› done: screenshots in ${OUT}`);
} else {
  console.log('› the browser stays open; close it to finish.');
  await new Promise((done) => session.context.on('close', done));
}
