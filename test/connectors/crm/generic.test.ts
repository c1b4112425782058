import fc from 'fast-check';
import {
  createGenericConnector,
  GENERIC_PRESETS,
  type GenericSiteConfig,
  JIANDAOYUN,
  KINGDEE_K3CLOUD,
  matchPatternProblem,
  parseGenericSiteConfig,
  testExtraction,
} from 'connectors/generic';
import { MESSAGES } from 'connectors/generic/messages';
import { describe, expect, it } from 'vitest';
import { pageAt, readFixture, readJson } from './fixtureCases';

const valid: GenericSiteConfig = {
  id: 'acme',
  label: 'Acme',
  matches: ['https://erp.acme.cn/*'],
  customerName: { kind: 'selector', selector: 'h1' },
};

function errorsOf(input: unknown) {
  const r = parseGenericSiteConfig(input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseGenericSiteConfig', () => {
  it('accepts every preset and the custom example, as plain JSON', () => {
    for (const preset of [...GENERIC_PRESETS, readJson('generic', 'custom-config.json')]) {
      const r = parseGenericSiteConfig(JSON.parse(JSON.stringify(preset)));
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect(r.config).toEqual(preset);
    }
  });

  it('refuses patterns that are not https or cover every site', () => {
    for (const [pattern, key] of [
      ['<all_urls>', 'matchTooBroad'],
      ['*://*/*', 'matchTooBroad'],
      ['https://*/*', 'matchTooBroad'],
      ['https://*.com/*', 'matchTooBroad'],
      ['http://erp.acme.cn/*', 'matchNotHttps'],
      ['*://erp.acme.cn/*', 'matchNotHttps'],
      ['https://erp.acme.cn', 'matchInvalid'],
      ['https://erp.*.cn/*', 'matchInvalid'],
    ] as const) {
      expect(matchPatternProblem(pattern), pattern).toBe(key);
      expect(errorsOf({ ...valid, matches: [pattern] })).toEqual([{ path: 'matches.0', message: MESSAGES[key] }]);
    }
    expect(matchPatternProblem('https://*.ik3cloud.com/*')).toBeNull();
    expect(errorsOf({ ...valid, matches: [] })).toEqual([{ path: 'matches', message: MESSAGES.matchesEmpty }]);
  });

  it('names each broken field with a message in both languages', () => {
    const errors = errorsOf({
      id: 'Bad Id',
      label: ' ',
      matches: ['https://erp.acme.cn/*'],
      recordId: { kind: 'url', regex: '([0-9+' },
      customerName: { kind: 'label', labels: [] },
      anchor: { selector: 'h1', mode: 'inside' },
    });
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'label', 'recordId.regex', 'customerName.labels', 'anchor.mode']));
    for (const e of errors) {
      expect(e.message.en.length).toBeGreaterThan(0);
      expect(e.message.zh_CN.length).toBeGreaterThan(0);
    }
    expect(errors.find((e) => e.path === 'recordId.regex')?.message).toEqual(MESSAGES.regexInvalid);
  });

  it('checks a regex with its flags, and refuses unknown keys', () => {
    expect(errorsOf({ ...valid, recordId: { kind: 'url', regex: 'a', flags: 'g' } })[0]?.message).toEqual(MESSAGES.flagsInvalid);
    expect(errorsOf({ ...valid, script: 'alert(1)' })[0]?.path).toBe('script');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseGenericSiteConfig(input);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('generic connector', () => {
  it('uses generic:{id} as its id and identity system, and does no work off its sites', async () => {
    const c = createGenericConnector(KINGDEE_K3CLOUD);
    expect(c.id).toBe('generic:kingdee-k3cloud');
    expect(c.matches).toEqual(['https://*.ik3cloud.com/*']);
    const html = readFixture('generic', '2026-11-22-k3cloud-customer.html');
    const elsewhere = pageAt('https://example.com/k3cloud/html5/index.aspx', html);
    expect(c.isRecordPage(elsewhere.url)).toBe(false);
    expect(c.identify(elsewhere.doc, elsewhere.url)).toBeNull();
    await elsewhere.close();
  });

  it('gates record pages on the url record-id regex when there is no recordUrl', () => {
    const c = createGenericConnector(JIANDAOYUN);
    expect(c.isRecordPage(new URL('https://www.jiandaoyun.com/dashboard/app/a/form/b/data/64b7c8d9e0f1a2b3c4d5e6f7'))).toBe(true);
    expect(c.isRecordPage(new URL('https://www.jiandaoyun.com/dashboard#/app/a'))).toBe(false);
  });
});

describe('testExtraction', () => {
  it('reports what each extractor found', async () => {
    const config = readJson('generic', 'custom-config.json');
    const parsed = parseGenericSiteConfig(config);
    if (!parsed.ok) throw new Error('custom config invalid');
    const page = pageAt('https://erp.acme-corp.cn/customers/1001', readFixture('generic', '2026-11-22-custom-erp-customer.html'));
    const report = testExtraction(parsed.config, page.doc, page.url);
    expect(report).toMatchObject({
      coversUrl: true,
      isRecordPage: true,
      recordId: { found: true, value: '1001', confidence: 'dom' },
      customerName: { found: true, value: '北京星河科技有限公司', confidence: 'dom' },
      anchor: { found: true, mode: 'prepend', tag: 'div' },
      identity: { system: 'generic:acme-erp', recordId: '1001', name: '北京星河科技有限公司' },
    });
    expect(report.reason).toBeUndefined();
    await page.close();
  });

  it('says why each extractor found nothing', async () => {
    const config: GenericSiteConfig = {
      id: 'probe',
      label: 'Probe',
      matches: ['https://erp.acme-corp.cn/*'],
      recordUrl: '/customers/',
      recordId: { kind: 'url', regex: '/customers/(\\d+)' },
      customerName: { kind: 'selector', selector: 'h1.missing' },
      anchor: { selector: '.nowhere', mode: 'after' },
    };
    const html = readFixture('generic', '2026-11-22-custom-erp-customer-b.html');
    const page = pageAt('https://erp.acme-corp.cn/customers/abc', html);
    const r = testExtraction(config, page.doc, page.url);
    expect(r.recordId).toEqual({ found: false, reason: MESSAGES.urlNoMatch });
    expect(r.customerName).toEqual({ found: false, reason: MESSAGES.noElement });
    expect(r.anchor).toEqual({ found: false, reason: MESSAGES.noElement });
    expect(r.identity).toBeNull();

    const more = (x: GenericSiteConfig['customerName']) => testExtraction({ ...config, customerName: x }, page.doc, page.url).customerName;
    expect(more({ kind: 'selector', selector: 'h1[' })).toEqual({ found: false, reason: MESSAGES.selectorInvalid });
    expect(more({ kind: 'selector', selector: 'main[hidden] h1' })).toEqual({ found: false, reason: MESSAGES.elementHidden });
    expect(more({ kind: 'selector', selector: 'main', attribute: 'data-none' })).toEqual({ found: false, reason: MESSAGES.attributeMissing });
    expect(more({ kind: 'selector', selector: '.record-actions', attribute: 'class', regex: 'x(y)' })).toEqual({
      found: false,
      reason: MESSAGES.regexNoMatch,
    });
    expect(more({ kind: 'selector', selector: '.record-actions', attribute: 'class', regex: 'record-(x)?' })).toEqual({
      found: false,
      reason: MESSAGES.groupMissing,
    });
    expect(more({ kind: 'selector', selector: 'title', regex: 'Customer (\\d+)' })).toEqual({ found: true, value: '1004', confidence: 'dom' });
    expect(more({ kind: 'label', labels: ['客户名称'] })).toEqual({ found: false, reason: MESSAGES.labelNotFound });
    expect(more({ kind: 'selector', selector: 'main:not([hidden])', attribute: 'data-record-id' })).toEqual({
      found: true,
      value: '1004',
      confidence: 'dom',
    });
    await page.close();

    const other = pageAt('https://example.com/customers/1', html);
    expect(testExtraction(config, other.doc, other.url)).toMatchObject({ coversUrl: false, reason: MESSAGES.urlNotCovered, identity: null });
    await other.close();
  });

  it('reports a label with nothing beside it, and label/value selectors', async () => {
    const page = pageAt(
      'https://h.chanjet.com/x',
      `<div class="row"><span class="k">客户名称</span></div>
       <div class="pair"><span class="k">客户编码</span><i>note</i><span class="v">C0003</span></div>`,
    );
    const base: GenericSiteConfig = { id: 'probe', label: 'P', matches: ['https://*.chanjet.com/*'], customerName: { kind: 'label', labels: ['客户名称'] } };
    expect(testExtraction(base, page.doc, page.url).customerName).toEqual({ found: false, reason: MESSAGES.valueNotFound });
    const withSelectors = testExtraction(
      { ...base, customerName: { kind: 'label', labels: ['客户编码'], labelSelector: '.k', valueSelector: '.v' } },
      page.doc,
      page.url,
    );
    expect(withSelectors.customerName).toEqual({ found: true, value: 'C0003', confidence: 'heuristic' });
    expect(testExtraction(base, page.doc, page.url).anchor).toEqual({ found: false, reason: MESSAGES.anchorNotConfigured });
    await page.close();
  });
});
