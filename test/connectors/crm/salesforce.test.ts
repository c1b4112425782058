import fc from 'fast-check';
import { canonicalSfId, salesforce, salesforceRoute, sameSfId, sfId18 } from 'connectors/salesforce';
import { describe, expect, it } from 'vitest';
import { pageAt, readFixture } from './fixtureCases';

const LIGHTNING = 'https://xinghe-demo.lightning.force.com';
const id15 = fc.stringMatching(/^[A-Za-z0-9]{15}$/);

describe('sfId18', () => {
  it('computes the suffix of the anchor customers’ ids', () => {
    expect(sfId18('0015g00000XyZ1a')).toBe('0015g00000XyZ1aAAF');
    expect(sfId18('0015g00000AbC2b')).toBe('0015g00000AbC2bAAF');
    expect(sfId18('0035g00000Qw3rT')).toBe('0035g00000Qw3rTAAR');
    // Edge cases: no capitals in a chunk → A, five capitals → 5.
    expect(sfId18('001000000000000')).toBe('001000000000000AAA');
    expect(sfId18('AAAAAAAAAAAAAAA')).toBe('AAAAAAAAAAAAAAA555');
  });

  it('rejects what is not a 15-character id', () => {
    expect(() => sfId18('0015g00000XyZ1')).toThrow(RangeError);
    expect(() => sfId18('0015g00000XyZ1aAAF')).toThrow(RangeError);
    expect(() => sfId18('0015g00000XyZ1-')).toThrow(RangeError);
  });

  it('keeps the 15 characters and makes ids that differ only in case differ case-insensitively', () => {
    fc.assert(
      fc.property(id15, fc.integer({ min: 0, max: 14 }), (id, at) => {
        const long = sfId18(id);
        expect(long.slice(0, 15)).toBe(id);
        expect(long.slice(15)).toMatch(/^[A-Z0-5]{3}$/);
        const c = id[at]!;
        const flipped = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
        if (flipped === c) return; // a digit has no case
        const other = sfId18(id.slice(0, at) + flipped + id.slice(at + 1));
        expect(other.toLowerCase()).not.toBe(long.toLowerCase());
      }),
    );
  });

  it('canonicalises 15 to 18, keeps 18, refuses the rest', () => {
    fc.assert(
      fc.property(id15, (id) => {
        expect(canonicalSfId(id)).toBe(sfId18(id));
        expect(canonicalSfId(sfId18(id))).toBe(sfId18(id));
        expect(sameSfId(id, sfId18(id))).toBe(true);
      }),
    );
    expect(canonicalSfId('0015g00000XyZ1aAA')).toBeUndefined();
    expect(canonicalSfId('')).toBeUndefined();
  });
});

describe('salesforce routes', () => {
  it('reads the object from the path, else from the id prefix', () => {
    expect(salesforceRoute(new URL(`${LIGHTNING}/lightning/r/Account/0015g00000XyZ1aAAF/view`))).toEqual({
      ui: 'lightning',
      objectType: 'Account',
      recordId: '0015g00000XyZ1aAAF',
    });
    expect(salesforceRoute(new URL(`${LIGHTNING}/lightning/r/0065g00000Op9pQAAS/view`))?.objectType).toBe('Opportunity');
    expect(salesforceRoute(new URL(`${LIGHTNING}/one/one.app#/sObject/0035g00000Qw3rT/view`))).toEqual({
      ui: 'lightning',
      objectType: 'Contact',
      recordId: '0035g00000Qw3rTAAR',
    });
  });

  it('takes Classic account pages only, not edit pages or other objects', () => {
    const classic = 'https://harbor-demo.my.salesforce.com';
    expect(salesforceRoute(new URL(`${classic}/0015g00000AbC2b`))?.recordId).toBe('0015g00000AbC2bAAF');
    expect(salesforceRoute(new URL(`${classic}/0015g00000AbC2b/e`))).toBeNull();
    expect(salesforceRoute(new URL(`${classic}/0035g00000Qw3rT`))).toBeNull();
    expect(salesforceRoute(new URL(`${classic}/home/home.jsp`))).toBeNull();
  });

  it('never throws on arbitrary paths and hashes', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webFragments(), (path, hash) => {
        const url = new URL(`${LIGHTNING}${path}#${hash}`);
        const route = salesforceRoute(url);
        if (route) expect(route.recordId).toMatch(/^[A-Za-z0-9]{18}$/);
      }),
    );
  });
});

describe('salesforce identities across UIs', () => {
  it('a Classic 15-character page and a Lightning 18-character page give the same record id', async () => {
    const classicUrl = 'https://harbor-demo.my.salesforce.com/0015g00000AbC2b';
    const lightningUrl = `${LIGHTNING}/lightning/r/Account/0015g00000AbC2bAAF/view`;
    const classic = pageAt(classicUrl, readFixture('salesforce', '2026-11-22-classic-account.html'));
    const lightning = pageAt(lightningUrl, readFixture('salesforce', '2026-11-22-account-view-b.html'));
    const a = salesforce.identify(classic.doc, classic.url);
    const b = salesforce.identify(lightning.doc, lightning.url);
    expect(a?.recordId).toBe('0015g00000AbC2bAAF');
    expect(a?.recordId).toBe(b?.recordId);
    expect(a?.name).toBe(b?.name);
    await classic.close();
    await lightning.close();
  });
});

describe('salesforce active view', () => {
  it('reads the cached page once it becomes the active one (the hidden one is skipped, not first-wins)', async () => {
    const url = `${LIGHTNING}/lightning/r/Account/0015g00000XyZ1aAAF/view`;
    const page = pageAt(url, readFixture('salesforce', '2026-11-22-account-view-b.html'));
    const [cached, current] = Array.from(page.doc.querySelectorAll('.windowViewMode-normal'));
    expect(salesforce.identify(page.doc, page.url)?.name).toBe('Harbor Logistics (Shanghai) Co., Ltd.');
    // Navigate back: Lightning shows the cached page and hides the other.
    current!.classList.remove('active');
    current!.setAttribute('style', 'display:none');
    cached!.classList.add('active');
    cached!.removeAttribute('style');
    expect(salesforce.identify(page.doc, page.url)?.name).toBe('北京星河科技有限公司');
    await page.close();
  });

  it('console: the tab in front decides, even though every tab’s view is marked active', async () => {
    const url = `${LIGHTNING}/lightning/r/Account/0015g00000AbC2bAAF/view`;
    const page = pageAt(url, readFixture('salesforce', '2026-11-22-console-tabs.html'));
    const [harborTab, xingheTab] = Array.from(page.doc.querySelectorAll('section.oneConsoleTab'));
    expect(salesforce.identify(page.doc, page.url)?.name).toBe('北京星河科技有限公司');
    harborTab!.removeAttribute('style');
    xingheTab!.setAttribute('style', 'display:none');
    expect(salesforce.identify(page.doc, page.url)).toEqual({
      system: 'salesforce',
      objectType: 'Account',
      recordId: '0015g00000AbC2bAAF',
      name: 'Harbor Logistics (Shanghai) Co., Ltd.',
      confidence: 'url',
    });
    const anchor = salesforce.anchor(page.doc, page.url);
    expect(xingheTab!.contains(anchor?.el ?? null)).toBe(false);
    expect(harborTab!.contains(anchor?.el ?? null)).toBe(true);
    await page.close();
  });
});
