import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork, type ExtensionSession, launchWithExtension, openOptions } from '../../scripts/browser/launch';
import { localToday, writeSampleLedger } from './sampleLedger';

const LOCALES = ['zh_CN', 'en'] as const;

/** Decimal text → integer cents by string surgery (independent of shared/money). */
function cents(text: string): number {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return text.startsWith('-') ? -value : value;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * One currency's total open (every open row, credit notes included) and its 90+ bucket (open receivables more
 * than 90 days past due, disputed ones included) straight from the CSV rows.
 */
function expectedAging(csvPath: string, currency: string, asOf: string): { open: number; over90: number } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true }).data;
  let open = 0;
  let over90 = 0;
  for (const r of rows) {
    if (r.currency !== currency || !r.invoice_number) continue;
    const amount = cents(r.open_amount!);
    open += amount;
    if (amount > 0 && r.kind !== 'credit-note' && dayNumber(asOf) - dayNumber(r.due_date!) > 90) over90 += amount;
  }
  return { open, over90 };
}

async function sectionIds(page: Page): Promise<string[]> {
  return page.locator('nav.sections a[data-section]').evaluateAll((links) => links.map((a) => a.getAttribute('data-section') ?? ''));
}

async function openSection(page: Page, id: string): Promise<void> {
  await page.locator(`nav.sections a[data-section="${id}"]`).click();
  await expect
    .poll(() => page.locator(`main#section-${id}`).count(), { message: `section ${id} opens` })
    .toBe(1)
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `test-out/options-failed-${id}.png` });
      throw new Error(`${String(error)}; hash ${await page.evaluate(() => location.hash)}, main ${await page.locator('main').getAttribute('id')}`);
    });
  if (id === 'dashboard')
    await expect
      .poll(() => page.getByTestId('dashboard').count(), { timeout: 30_000 })
      .toBe(1)
      .catch(async (error: unknown) => {
        await page.screenshot({ path: `test-out/options-failed-${id}.png` });
        throw new Error(`${String(error)}; main says ${await page.locator('main').textContent()}`);
      });
  if (id === 'rules') await expect.poll(() => page.locator('#rules-profile-select').count()).toBe(1);
  await settle(page);
}

/** Waits until the open section stops changing (sections of other features load their data asynchronously). */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = await page.evaluate(() => {
      const main = document.querySelector('main');
      return main && !main.querySelector('[aria-busy="true"]') ? main.innerHTML : `busy-${Math.random()}`;
    });
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function chooseLocale(page: Page, locale: (typeof LOCALES)[number]): Promise<void> {
  await page.locator('header.top select').selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale === 'zh_CN' ? 'zh-CN' : 'en');
}

describe('options app: rules and dashboard', () => {
  let session: ExtensionSession;
  let csv: string;

  beforeAll(async () => {
    csv = writeSampleLedger();
    session = await launchWithExtension();
    await blockNetwork(session.context);
  });
  afterAll(async () => session?.close());

  it('imports the sample ledger through the options page', async () => {
    const options = await openOptions(session);
    await options.locator('#import-file').setInputFiles(csv);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toMatch(/2000/);
    await options.close();
  });

  it('shows the dashboard figures of an independent computation from the CSV', async () => {
    const page = await openOptions(session);
    await openSection(page, 'dashboard');
    const expected = expectedAging(csv, 'CNY', localToday());
    const table = page.getByTestId('aging-table');
    const cell = (row: string) => table.locator(`tr${row} td[data-currency="CNY"]`).getAttribute('data-amount');
    expect(Number(await cell('[data-row="open"]'))).toBe(expected.open);
    expect(Number(await cell('[data-bucket="90+"]'))).toBe(expected.over90);
    expect(expected.over90).toBeGreaterThan(0);
    // A fresh install has one snapshot (today's): one point, no line, and words saying so.
    const trend = page.locator('figure.trend[data-currency="CNY"]');
    expect(await trend.getAttribute('data-points')).toBe('1');
    expect(await trend.locator('circle.dot').count()).toBe(1);
    expect(await page.getByTestId('worst-customers').locator('tbody tr').count()).toBe(10);
    // The background keeps taking one a day.
    type Alarms = { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };
    const alarm = await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get('daily-portfolio-snapshot'),
    );
    expect(alarm?.periodInMinutes).toBe(1440);
    await page.close();
  });

  it('draws the overdue trend once there is history (synthetic earlier snapshots written into IndexedDB)', async () => {
    const page = await openOptions(session);
    await page.evaluate(async (days) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('ar-lens');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction('snapshots', 'readwrite');
      const store = tx.objectStore('snapshots');
      const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
        const r = store.getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const shift = (iso: string, d: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
      for (const row of rows) {
        for (let d = 1; d <= days; d++) {
          const f = 0.75 + (0.25 * (days - d)) / days + 0.04 * Math.sin(d / 4);
          store.put({ ...row, date: shift(row.date as string, d), overdue: Math.round((row.overdue as number) * f), open: Math.round((row.open as number) * (0.9 + 0.1 * f)) });
        }
      }
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    }, 60);
    await openSection(page, 'dashboard');
    const trend = page.locator('figure.trend[data-currency="CNY"]');
    expect(await trend.getAttribute('data-points')).toBe('61');
    expect(await trend.locator('polyline.line').count()).toBe(1);
    expect(await page.locator('table.metrics tr[data-currency="CNY"] td[data-cei]').getAttribute('data-cei')).not.toBe('');
    await page.close();
  });

  it('screenshots every section in both languages', async () => {
    const page = await openOptions(session);
    const ids = await sectionIds(page);
    expect(ids).toEqual(expect.arrayContaining(['data', 'rules', 'dashboard']));
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      for (const id of ids) {
        await openSection(page, id);
        await page.screenshot({ path: `test-out/options-${id}-${locale}.png`, fullPage: true });
      }
    }
    await page.close();
  });

  it('marks the findings of a threatening sentence inside the text, as text', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'zh_CN');
    await openSection(page, 'rules');
    await page.locator('#sentence-input').fill('再不还钱就曝光你，通知你家人 <b>x</b>');
    const marks = page.locator('.lint-preview mark');
    await expect.poll(() => marks.count()).toBe(2);
    expect(await marks.allTextContents()).toEqual(['曝光', '通知你家人']);
    expect(await marks.evaluateAll((m) => m.map((e) => e.getAttribute('data-rule')))).toEqual([
      'wording.public-shaming',
      'wording.third-party-contact',
    ]);
    // Typed markup stays text: no element was made from it.
    expect(await page.locator('.lint-preview b').count()).toBe(0);
    expect(await page.locator('.lint-preview').textContent()).toContain('<b>x</b>');
    const findings = page.locator('ol.findings li');
    expect(await findings.evaluateAll((li) => li.map((e) => e.getAttribute('data-rule')))).toEqual([
      'wording.public-shaming',
      'wording.third-party-contact',
    ]);
    expect(await findings.first().textContent()).toContain('个人信息保护法');
    await page.locator('section[aria-labelledby="rules-tester"]').screenshot({ path: 'test-out/options-rules-lint-zh_CN.png' });
    await page.close();
  });

  it('refuses a send window wider than the pack and saves a narrower one', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'en');
    await openSection(page, 'rules');
    await page.locator('#window-start').fill('07:30');
    await page.locator('#limits-save').click();
    await expect.poll(() => page.locator('#limits-status li[data-field="sendWindow.start"]').count()).toBe(1);
    await page.locator('#window-start').fill('09:00');
    await page.locator('#limits-save').click();
    await expect.poll(() => page.locator('#limits-status .ok').count()).toBe(1);
    await page.reload();
    await openSection(page, 'rules');
    await expect.poll(() => page.locator('#window-start').inputValue()).toBe('09:00');
    await page.close();
  });

  it('switches calendar months from the keyboard and says when a year is unknown', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'en');
    await openSection(page, 'rules');
    const title = page.locator('#month-title');
    const start = await title.getAttribute('data-month');
    await page.locator('#month-next').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title.getAttribute('data-month')).not.toBe(start);
    await page.locator('#month-prev').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title.getAttribute('data-month')).toBe(start);
    // October 2026: National Day holidays and the make-up Saturday, with their names.
    for (let i = 0; i < 24 && (await title.getAttribute('data-month')) !== '2026-10'; i++) {
      await page.keyboard.press((await title.getAttribute('data-month'))! > '2026-10' ? 'PageUp' : 'PageDown');
    }
    expect(await page.locator('td[data-date="2026-10-01"]').getAttribute('data-kind')).toBe('holiday');
    expect(await page.locator('td[data-date="2026-10-01"]').textContent()).toContain('国庆节');
    expect(await page.locator('td[data-date="2026-10-10"]').getAttribute('data-kind')).toBe('makeup-workday');
    await page.locator('section[aria-labelledby="rules-calendar"]').screenshot({ path: 'test-out/options-rules-calendar-2026-10.png' });
    for (let i = 0; i < 12 && (await title.getAttribute('data-month')) !== '2027-10'; i++) await page.keyboard.press('PageDown');
    expect(await page.locator('.calendar-unknown').count()).toBe(1);
    expect(await page.locator('td[data-date="2027-10-01"]').getAttribute('data-kind')).toBe('unknown');
    await page.locator('section[aria-labelledby="rules-calendar"]').screenshot({ path: 'test-out/options-rules-calendar-2027-10.png' });
    await page.close();
  });

  it('switches the compliance profile: the US pack, its federal calendar and its caps', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'en');
    await openSection(page, 'rules');
    await page.locator('#rules-profile-select').selectOption('US');
    await expect.poll(() => page.locator('dl.pack-facts').getAttribute('data-pack')).toBe('builtin.us');
    expect(await page.locator('table.caps tr[data-rule="us.cap.phone-week"]').count()).toBe(1);
    // The CN pack's saved 09:00 start does not carry over to the US pack.
    expect(await page.locator('#window-start').inputValue()).toBe('08:00');
    const title = page.locator('#month-title');
    for (let i = 0; i < 24 && (await title.getAttribute('data-month')) !== '2026-11'; i++) {
      await page.locator((await title.getAttribute('data-month'))! > '2026-11' ? '#month-prev' : '#month-next').click();
    }
    expect(await page.locator('td[data-date="2026-11-26"]').getAttribute('data-kind')).toBe('holiday');
    expect(await page.locator('td[data-date="2026-11-26"]').textContent()).toContain('Thanksgiving');
    await page.screenshot({ path: 'test-out/options-rules-us-en.png', fullPage: true });
    await page.reload();
    await openSection(page, 'rules');
    expect(await page.locator('#rules-profile-select').inputValue()).toBe('US');
    await page.locator('#rules-profile-select').selectOption('CN');
    await expect.poll(() => page.locator('dl.pack-facts').getAttribute('data-pack')).toBe('builtin.cn');
    await page.close();
  });

  it('tab order: language, then the sections in the nav, then the section controls in reading order', async () => {
    const page = await openOptions(session);
    await chooseLocale(page, 'en');
    await openSection(page, 'rules');
    // Clicking the page title puts the keyboard's starting point at the top of the page.
    await page.locator('header.top h1').click();
    const ids = await sectionIds(page);
    const seen: string[] = [];
    for (let i = 0; i < ids.length + 16; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          return el.dataset.section ? `nav:${el.dataset.section}` : el.id ? `#${el.id}` : el.tagName.toLowerCase();
        }),
      );
    }
    // A time input takes one Tab stop per field (hours, minutes, AM/PM): count each control once.
    const order = seen.filter((id, k) => id !== seen[k - 1]);
    expect(order.slice(0, ids.length + 6)).toEqual([
      'select',
      ...ids.map((id) => `nav:${id}`),
      '#rules-profile-select',
      'summary',
      '#window-start',
      '#window-end',
      'input',
    ]);
    await page.close();
  });
});
