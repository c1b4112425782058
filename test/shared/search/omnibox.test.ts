import fc from 'fast-check';
import { escapeOmniboxXml, omniboxText } from 'shared/search';
import { describe, expect, it } from 'vitest';

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

describe('omnibox text', () => {
  it('escapes markup so data can never add or close a tag', () => {
    expect(escapeOmniboxXml('<dim>A & "B" \'C\'</dim>')).toBe('&lt;dim&gt;A &amp; &quot;B&quot; &apos;C&apos;&lt;/dim&gt;');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeOmniboxXml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeXml(escaped)).toBe(s);
      }),
    );
  });

  it('drops control characters and shortens long names', () => {
    expect(omniboxText('a\u0000b\nc')).toBe('a b c');
    expect(omniboxText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(omniboxText(s, 20).length).toBeLessThanOrEqual(20);
      }),
    );
  });
});
