import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { type Extractor, GENERIC_PRESETS, type GenericSiteConfig, parseGenericSiteConfig } from 'connectors/generic';
import { describe, expect, it } from 'vitest';
import {
  configFromDraft,
  draftFromConfig,
  emptyDraft,
  emptyExtractor,
  errorsByField,
  fieldOf,
  slugFrom,
} from '../../../../extension/options/connectors/draft';

const custom = JSON.parse(readFileSync(resolve('test/fixtures/generic/custom-config.json'), 'utf8')) as GenericSiteConfig;

/** The form leaves out values equal to the connector's defaults (navigation 'pushState', url part 'href'). */
function withDefaults(c: GenericSiteConfig): GenericSiteConfig {
  const ex = (x: Extractor): Extractor => (x.kind === 'url' ? { ...x, part: x.part ?? 'href' } : x);
  return { ...c, navigation: c.navigation ?? 'pushState', customerName: ex(c.customerName), ...(c.recordId ? { recordId: ex(c.recordId) } : {}) };
}

describe('site editor draft', () => {
  it('round-trips every preset and the custom fixture config through the form unchanged', () => {
    for (const config of [...GENERIC_PRESETS, custom]) {
      const parsed = parseGenericSiteConfig(configFromDraft(draftFromConfig(config)));
      expect(parsed).toEqual({ ok: true, config });
    }
  });

  it('round-trips generated url and selector extractors with groups, flags and parts', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/);
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    const extractor = fc.oneof(
      fc.record(
        { kind: fc.constant('url' as const), regex: word.map((w) => `/${w}/(\\d+)`), group: fc.integer({ min: 0, max: 9 }), flags: fc.constantFrom('i', 'u', 'iu'), part: fc.constantFrom('path' as const, 'hash' as const) },
        { requiredKeys: ['kind', 'regex'] },
      ),
      fc.record(
        { kind: fc.constant('selector' as const), selector: word.map((w) => `main .${w}`), attribute: word.map((w) => `data-${w}`), regex: word, group: fc.integer({ min: 0, max: 9 }) },
        { requiredKeys: ['kind', 'selector'] },
      ),
      fc.record({ kind: fc.constant('label' as const), labels: fc.array(word, { minLength: 1, maxLength: 3 }), valueSelector: word.map((w) => `.${w}`) }, { requiredKeys: ['kind', 'labels'] }),
    );
    fc.assert(
      fc.property(slug, word, fc.option(extractor, { nil: undefined }), extractor, fc.constantFrom('pushState' as const, 'hash' as const, 'none' as const), (id, host, recordId, customerName, navigation) => {
        const config: GenericSiteConfig = { id, label: `Site ${host}`, matches: [`https://${host}.example.cn/*`], customerName, navigation };
        if (recordId) config.recordId = recordId;
        const parsed = parseGenericSiteConfig(configFromDraft(draftFromConfig(config)));
        expect(parsed.ok && withDefaults(parsed.config)).toEqual(withDefaults(config));
      }),
    );
  });

  it('sends what the user typed, so the connector parser reports each mistake at its field', () => {
    const draft = {
      ...emptyDraft(),
      label: 'Acme',
      id: 'acme',
      matches: 'http://erp.acme.cn/*\n\n  https://*.com/*  ',
      recordUrl: '(',
      recordId: { ...emptyExtractor('url'), regex: '/c/(\\d+)', group: 'x' },
      anchorMode: 'prepend' as const,
    };
    const parsed = parseGenericSiteConfig(configFromDraft(draft));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = errorsByField(parsed.errors);
    expect([...fields.keys()].sort()).toEqual(['anchor.selector', 'customerName.selector', 'matches', 'recordId.group', 'recordUrl'].sort());
    expect(fields.get('matches')?.map((e) => e.path)).toEqual(['matches.0', 'matches.1']);
  });

  it('places nested error paths on the nearest field the form shows', () => {
    expect(fieldOf('matches.3')).toBe('matches');
    expect(fieldOf('customerName.labels.0')).toBe('customerName.labels');
    expect(fieldOf('recordId.regex')).toBe('recordId.regex');
    expect(fieldOf('anchor')).toBe('anchor');
    expect(fieldOf('')).toBe('');
    expect(fieldOf('unknownField.x')).toBe('');
  });

  it('makes an id from a Latin name and none from a name without Latin letters', () => {
    expect(slugFrom('Acme ERP (prod)')).toBe('acme-erp-prod');
    expect(slugFrom('Müller Portal')).toBe('muller-portal');
    expect(slugFrom('简道云')).toBe('');
    expect(slugFrom('x'.repeat(60))).toHaveLength(40);
  });
});
