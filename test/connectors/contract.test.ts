import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fxiaoke } from 'connectors/fxiaoke';
import { createGenericConnector, GENERIC_PRESETS, parseGenericSiteConfig } from 'connectors/generic';
import { isRendered } from 'connectors/dom';
import { matchesAny } from 'connectors/matchPattern';
import { connectorFor } from 'connectors/registry';
import { salesforce } from 'connectors/salesforce';
import type { Connector } from 'connectors/types';
import { zohoCrm } from 'connectors/zoho-crm';
import { describe, expect, it } from 'vitest';
import { type FixtureCase, pageAt, readCases, readFixture, readJson } from './crm/fixtureCases';

function customConnector(): Connector {
  const parsed = parseGenericSiteConfig(readJson('generic', 'custom-config.json'));
  if (!parsed.ok) throw new Error(`custom-config.json is invalid: ${JSON.stringify(parsed.errors)}`);
  return createGenericConnector(parsed.config);
}

/** Files holding each site's knowledge; every constant's comment must name fixtures that cases.json serves. */
const KNOWLEDGE: Record<string, string[]> = {
  salesforce: ['connectors/salesforce/selectors.ts'],
  'zoho-crm': ['connectors/zoho-crm/selectors.ts'],
  fxiaoke: ['connectors/fxiaoke/selectors.ts'],
  generic: ['connectors/generic/presets.ts'],
};

const SITES: { site: string; connectors: Connector[] }[] = [
  { site: 'salesforce', connectors: [salesforce] },
  { site: 'zoho-crm', connectors: [zohoCrm] },
  { site: 'fxiaoke', connectors: [fxiaoke] },
  { site: 'generic', connectors: [...GENERIC_PRESETS.map(createGenericConnector), customConnector()] },
];

const ALL = SITES.flatMap((s) => s.connectors);

function connectorOf(list: Connector[], c: FixtureCase): Connector {
  const found = c.connector ? list.find((x) => x.id === c.connector) : list[0];
  if (!found) throw new Error(`no connector ${c.connector} for ${c.file}`);
  return found;
}

/** Random markup built from the vocabulary connectors look for, so the generator reaches their code paths. */
const TAGS = ['div', 'span', 'a', 'h1', 'h2', 'td', 'tr', 'section', 'records-highlights2', 'crux-detailpage-header', 'input', 'label'];
const CLASSES = [
  'windowViewMode-normal active',
  'windowViewMode-maximized active lafPageHost',
  'oneConsoleTab',
  'slds-page-header__title',
  'slds-form-element',
  'test-id__field-label',
  'labelCol',
  'dataCol',
  'pageDescription',
  'faci-field-display',
  'faci-field-display_label',
  'faci-field-display_value',
  'recBtnSection',
  'td-name',
  '',
];
const ATTRS = [
  '',
  'slot="primaryField"',
  'id="recHeader1"',
  'data-apiname="name"',
  'data-apiname="account_id"',
  'data-id="5f1a2b3c4d5e6f7a8b9c0d1e"',
  'data-cid="deleteEntity" data-params="{&quot;id&quot;:1}"',
  'data-params="{bad json"',
  'href="/lightning/r/Account/0015g00000XyZ1aAAF/view"',
  'href="/crm/org1/tab/Accounts/4876876000000123456"',
  'href="mailto:%zz@x"',
  'hidden',
  'style="display:none"',
  'value="客户名称"',
];
function element(children: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.constantFrom(...CLASSES),
      fc.constantFrom(...ATTRS),
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('客户名称', '客户名称：', 'Account Name', '客户编码', '')),
      children,
    )
    .map(([tag, cls, attr, text, kids]) => `<${tag} class="${cls}" ${attr}>${text}${kids.join('')}</${tag}>`);
}
// Three levels of nesting, built without recursion so generation is bounded.
const leaf = element(fc.constant([]));
const node = element(fc.array(element(fc.array(leaf, { maxLength: 3 })), { maxLength: 3 }));

for (const { site, connectors } of SITES) {
  const cases = readCases(site);

  describe(`${site} connector contract`, () => {
    it('has at least three record pages and one negative page per connector', () => {
      for (const c of connectors) {
        const own = cases.filter((x) => connectorOf(connectors, x) === c);
        expect(own.filter((x) => x.identity !== null).length, c.id).toBeGreaterThanOrEqual(2);
        expect(own.filter((x) => x.identity === null).length, c.id).toBeGreaterThanOrEqual(1);
      }
      const files = new Set(cases.filter((x) => x.identity !== null).map((x) => x.file));
      expect(files.size).toBeGreaterThanOrEqual(3);
    });

    it('names, beside every selector and URL pattern, fixtures that the cases serve', () => {
      const served = new Set(cases.map((c) => c.file));
      for (const path of KNOWLEDGE[site] ?? []) {
        const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
        // Each exported constant is covered by the doc comment right above it (one comment may cover a group).
        const blocks = text.split(/\n(?=\/\*\*)/).filter((b) => /\nexport const /.test(b));
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) {
          const named = block.match(/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html/g) ?? [];
          const constant = /export const (\w+)/.exec(block)?.[1];
          expect(named.length, `${path} ${constant} names no fixture`).toBeGreaterThan(0);
          expect(block, `${path} ${constant} has no check date`).toMatch(/2026-11-22|checked/);
          for (const f of named) expect(served.has(f), `${path} ${constant}: ${f} is not in cases.json`).toBe(true);
        }
      }
    });

    for (const c of cases) {
      const connector = connectorOf(connectors, c);
      it(`${c.file} at ${c.url} (${c.note ?? ''})`, async () => {
        expect(c.file).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.html$/);
        const url = new URL(c.url);
        expect(matchesAny(connector.matches, url)).toBe(true);
        // Among every CRM connector, this URL picks this one (no overlap between sites).
        expect(connectorFor(url, ALL)?.id).toBe(connector.id);
        expect(connector.isRecordPage(url)).toBe(c.isRecordPage);
        if (c.identity) expect(c.isRecordPage).toBe(true);

        const page = pageAt(c.url, readFixture(site, c.file));
        try {
          const identity = connector.identify(page.doc, url);
          expect(identity).toEqual(c.identity === null ? null : { system: connector.id, ...c.identity });
          const anchor = connector.anchor(page.doc, url);
          expect(anchor !== null).toBe(c.anchor);
          if (anchor) {
            expect(page.doc.contains(anchor.el)).toBe(true);
            expect(isRendered(anchor.el)).toBe(true);
          }
        } finally {
          await page.close();
        }
      });
    }

    for (const connector of connectors) {
      const urls = [...new Set(cases.filter((x) => connectorOf(connectors, x) === connector).map((x) => x.url))];

      it(`${connector.id}: identifies nothing on an empty document and never throws`, async () => {
        for (const u of urls) {
          const page = pageAt(u);
          try {
            const identity = connector.identify(page.doc, page.url);
            // An empty page has no name; a URL may still carry an id (fxiaoke, 简道云), never a name.
            expect(identity?.name).toBeUndefined();
            expect(() => connector.anchor(page.doc, page.url)).not.toThrow();
          } finally {
            await page.close();
          }
        }
      });

      it(`${connector.id}: never throws on random markup`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...urls), fc.array(node, { maxLength: 6 }), async (u, nodes) => {
            const page = pageAt(u, `<!DOCTYPE html><html><body>${nodes.join('')}</body></html>`);
            try {
              const identity = connector.identify(page.doc, page.url);
              if (identity) expect(identity.system).toBe(connector.id);
              connector.anchor(page.doc, page.url);
            } finally {
              await page.close();
            }
          }),
          { numRuns: 40 },
        );
      });
    }
  });
}
