import { createUserTemplate, editTemplate, latestVersions, renderTemplate, sampleVariables, validateTemplate } from 'shared/templates';
import { describe, expect, it } from 'vitest';

const meta = { createdAt: 1_773_900_000_000, createdBy: 'chen' };
const draft = {
  stage: 'gentle' as const,
  channel: 'email' as const,
  locale: 'en' as const,
  subject: 'Open invoices for {{customer.name}}',
  body: 'Dear {{contact.name}},\n{{#invoices}}{{number}}: {{open}}\n{{/invoices}}{{optOut}}',
};

describe('validateTemplate', () => {
  it('accepts a correct template', () => {
    expect(validateTemplate(draft)).toEqual([]);
  });

  it('reports unknown variables with their offset and part', () => {
    const errors = validateTemplate({ ...draft, body: 'Hi {{contact.nmae}} {{foo}}' });
    expect(errors).toEqual([
      expect.objectContaining({ code: 'unknown-variable', variable: 'contact.nmae', at: 3, part: 'body' }),
      expect.objectContaining({ code: 'unknown-variable', variable: 'foo', part: 'body' }),
    ]);
  });

  it('knows list item fields only inside their section', () => {
    expect(validateTemplate({ ...draft, body: '{{number}}' })).toMatchObject([{ code: 'unknown-variable', variable: 'number' }]);
    expect(validateTemplate({ ...draft, body: '{{#totals}}{{amount}} {{currency}}{{/totals}}' })).toEqual([]);
  });

  it('reports unbalanced and mismatched sections', () => {
    expect(validateTemplate({ ...draft, body: '{{#invoices}}x' })).toMatchObject([{ code: 'unbalanced-section', variable: 'invoices' }]);
    expect(validateTemplate({ ...draft, body: 'x{{/invoices}}' })).toMatchObject([{ code: 'unbalanced-section', variable: 'invoices' }]);
    expect(validateTemplate({ ...draft, body: '{{#promise}}{{#warm}}{{/promise}}{{/warm}}' })[0]).toMatchObject({
      code: 'unbalanced-section',
    });
    expect(validateTemplate({ ...draft, body: 'x {{ bad name }}' })).toMatchObject([{ code: 'syntax' }]);
    expect(validateTemplate({ ...draft, body: 'x {{contact.name' })).toMatchObject([{ code: 'syntax', at: 2 }]);
  });

  it('flags a section used as a value, an empty body and an e-mail without subject', () => {
    expect(validateTemplate({ ...draft, body: '{{invoices}}' })).toMatchObject([{ code: 'not-text', variable: 'invoices' }]);
    expect(validateTemplate({ ...draft, subject: ' ', body: ' ' }).map((e) => e.part)).toEqual(['body', 'subject']);
  });
});

describe('user templates', () => {
  it('creates version 1 and edits into version 2 without touching version 1', () => {
    const created = createUserTemplate('u1', draft, meta);
    if (!created.ok) throw new Error('invalid');
    const v1 = created.template;
    expect(v1).toMatchObject({ id: 'u1', version: 1, source: 'user', createdBy: 'chen' });
    const edited = editTemplate(v1, { body: `${draft.body}\nThanks!` }, { createdAt: meta.createdAt + 1 });
    if (!edited.ok) throw new Error('invalid');
    expect(edited.template).toMatchObject({ id: 'u1', version: 2 });
    expect(v1.body).toBe(draft.body);
    expect(Object.isFrozen(v1)).toBe(true);
    const render1 = renderTemplate(v1, sampleVariables('en', 'gentle'));
    const render2 = renderTemplate(edited.template, sampleVariables('en', 'gentle'));
    expect(render1.ok && render1.value.text).not.toContain('Thanks!');
    expect(render2.ok && render2.value.text).toContain('Thanks!');
    expect(latestVersions([v1, edited.template]).map((t) => t.version)).toEqual([2]);
  });

  it('refuses an invalid draft or edit', () => {
    expect(createUserTemplate('u2', { ...draft, body: '{{#invoices}}' }, meta)).toMatchObject({ ok: false });
    const created = createUserTemplate('u3', draft, meta);
    if (!created.ok) throw new Error('invalid');
    expect(editTemplate(created.template, { body: '{{nope}}' }, meta)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknown-variable', variable: 'nope' }],
    });
  });
});
