import fc from 'fast-check';
import { CANONICAL_FIELDS } from 'shared/import';
import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formFromSettings, originPattern, settingsFromForm } from '../../../../extension/options/import/feedForm';

describe('AR feed form', () => {
  it('builds settings from the inputs', () => {
    const settings = settingsFromForm({
      ...EMPTY_FORM,
      url: ' https://erp.example.com/api/ar?co=1 ',
      headerName: 'X-Api-Key',
      headerValue: 'k',
      rowsPath: 'data.items',
      mapping: 'customer_name = customer.name\n\n amount= lines.0.total \ninvoice_number = a=b',
      pagination: 'cursor',
      pageParam: 'after',
      pagePath: 'meta.next',
      refreshMinutes: '60',
    });
    expect(settings).toEqual({
      refreshMinutes: 60,
      config: {
        url: 'https://erp.example.com/api/ar?co=1',
        headers: { 'X-Api-Key': 'k' },
        rowsPath: 'data.items',
        fieldMapping: { customer_name: 'customer.name', amount: 'lines.0.total', invoice_number: 'a=b' },
        pagination: { kind: 'cursor', cursorPath: 'meta.next', param: 'after' },
      },
    });
  });

  it('names the first problem', () => {
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'erp/api' })).toEqual({ kind: 'url' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'http://erp.example.com/ar' })).toEqual({ kind: 'insecure' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'ftp://erp.example.com/ar' })).toEqual({ kind: 'insecure' });
    expect('config' in settingsFromForm({ ...EMPTY_FORM, url: 'http://127.0.0.1:8080/ar' })).toBe(true);
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'https://a.example/', mapping: 'customer = name' })).toEqual({ kind: 'mapping', line: 'customer = name' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'https://a.example/', mapping: 'amount =' })).toEqual({ kind: 'mapping', line: 'amount =' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'https://a.example/', pagination: 'cursor' })).toEqual({ kind: 'cursor' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'https://a.example/', refreshMinutes: '5' })).toEqual({ kind: 'refresh' });
    expect(settingsFromForm({ ...EMPTY_FORM, url: 'https://a.example/', refreshMinutes: '60.5' })).toEqual({ kind: 'refresh' });
  });

  it('settings → form → settings is the identity', () => {
    const path = fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/);
    fc.assert(
      fc.property(
        fc.record({
          host: fc.constantFrom('erp.example.com', 'a.b.example.cn'),
          mapping: fc.dictionary(fc.constantFrom(...CANONICAL_FIELDS), path),
          rowsPath: fc.option(path, { nil: undefined }),
          token: fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,30}$/), { nil: undefined }),
          pagination: fc.constantFrom(
            { kind: 'none' as const },
            { kind: 'page' as const, param: 'p' },
            { kind: 'cursor' as const, cursorPath: 'next' },
            { kind: 'link' as const },
          ),
          minutes: fc.integer({ min: 15, max: 10_080 }),
        }),
        (r) => {
          const settings = {
            refreshMinutes: r.minutes,
            config: {
              url: `https://${r.host}/ar`,
              ...(r.token ? { token: r.token } : {}),
              ...(r.rowsPath ? { rowsPath: r.rowsPath } : {}),
              ...(Object.keys(r.mapping).length > 0 ? { fieldMapping: r.mapping } : {}),
              pagination: r.pagination,
            },
          };
          expect(settingsFromForm(formFromSettings(settings))).toEqual(settings);
        },
      ),
    );
  });

  it('asks for the feed origin only', () => {
    expect(originPattern('https://erp.example.com:8443/api/ar?x=1')).toBe('https://erp.example.com:8443/*');
  });
});
