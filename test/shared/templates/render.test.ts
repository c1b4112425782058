import {
  type ReminderTemplate,
  type ReminderVariables,
  renderTemplate,
  sampleVariables,
} from 'shared/templates';
import { describe, expect, it } from 'vitest';

function tpl(body: string, extra: Partial<ReminderTemplate> = {}): ReminderTemplate {
  return { id: 't', version: 1, stage: 'gentle', channel: 'wechat', locale: 'en', source: 'user', body, ...extra };
}

const vars = (): ReminderVariables => sampleVariables('en', 'firm');

function ok(result: ReturnType<typeof renderTemplate>) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('renderTemplate', () => {
  it('fills dotted variables and reports which it used', () => {
    const out = ok(renderTemplate(tpl('Dear {{ contact.name }}, {{customer.name}} owes {{total}}.'), vars()));
    expect(out.text).toBe('Dear Ms Lee, Northwind Traders Ltd owes CN¥15,000.00.');
    expect(out.usedVariables).toEqual(['contact.name', 'customer.name', 'total']);
  });

  it('repeats list sections and reads outer variables inside them', () => {
    const out = ok(
      renderTemplate(tpl('{{#invoices}}[{{number}} {{open}} {{customer.name}}{{#overdue}} late {{daysOverdue}}{{/overdue}}]{{/invoices}}'), vars()),
    );
    expect(out.text).toBe(
      '[INV-2026-0101 CN¥12,000.00 Northwind Traders Ltd late 30][INV-2026-0158 CN¥3,000.00 Northwind Traders Ltd late 12]',
    );
  });

  it('shows inverted sections for missing values and hides sections of missing values', () => {
    const v = vars();
    delete v.promise;
    expect(ok(renderTemplate(tpl('{{#promise}}by {{promise.date}}{{/promise}}{{^promise}}no promise{{/promise}}'), v)).text).toBe(
      'no promise',
    );
    expect(ok(renderTemplate(tpl('{{#promise}}by {{promise.date}}{{/promise}}'), vars())).text).toBe('by March 20, 2026');
  });

  it('formats money and dates in the template locale', () => {
    const zh = ok(renderTemplate(tpl('{{total}} {{dueDate}} {{asOf}}', { locale: 'zh_CN' }), sampleVariables('zh_CN', 'firm')));
    expect(zh.text).toBe('¥15,000.00 2026年2月14日 2026年3月16日');
    const en = ok(renderTemplate(tpl('{{total}} {{dueDate}}'), vars()));
    expect(en.text).toBe('CN¥15,000.00 February 14, 2026');
    const multi = ok(renderTemplate(tpl('{{total}}'), sampleVariables('en', 'statement')));
    expect(multi.text).toBe('CN¥15,000.00 and $980.50');
  });

  it('names a missing variable in both languages instead of writing "undefined"', () => {
    const v = vars();
    delete v.contact;
    const result = renderTemplate(tpl('Dear {{contact.name}}, {{customer.name}}'), v);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'missing-variable', variable: 'contact.name', part: 'body', at: 5 }),
    ]);
    expect(result.errors[0]?.message.en).toContain('contact.name');
    expect(result.errors[0]?.message.zh_CN).toContain('contact.name');
  });

  it('treats blank values as missing', () => {
    const v = vars();
    v.customer.name = '   ';
    const result = renderTemplate(tpl('{{customer.name}}'), v);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'missing-variable', variable: 'customer.name' }] });
  });

  it('refuses a section used as text and bad values', () => {
    expect(renderTemplate(tpl('{{invoices}}'), vars())).toMatchObject({ ok: false, errors: [{ code: 'not-text' }] });
    const v = vars();
    const first = v.invoices[0];
    if (first) first.openAmount = Number.NaN;
    expect(renderTemplate(tpl('{{total}}'), v)).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid-variables', variable: 'invoices.0.amount' }],
    });
    expect(renderTemplate(tpl('{{total}}'), { ...vars(), asOf: '2026-02-30' })).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid-variables', variable: 'asOf' }],
    });
  });

  it('HTML-escapes values in the HTML part and keeps the text part plain', () => {
    const v = vars();
    v.customer.name = '<b>Evil & Co</b>';
    v.paymentInstructions = 'line 1\nline <2>';
    const out = ok(
      renderTemplate(tpl('Hi {{customer.name}} <3\n{{paymentInstructions}}\n{{invoiceTable}}', { channel: 'email', subject: 'S' }), v),
    );
    expect(out.text).toContain('Hi <b>Evil & Co</b> <3');
    expect(out.html).toContain('Hi &lt;b&gt;Evil &amp; Co&lt;/b&gt; &lt;3<br>');
    expect(out.html).toContain('line 1<br>line &lt;2&gt;');
    expect(out.html).toContain('<table');
    expect(out.html).not.toContain('<b>');
  });

  it('trusts the literal markup of an explicit HTML part but still escapes its values', () => {
    const v = vars();
    v.customer.name = '<script>x</script>';
    const out = ok(renderTemplate(tpl('t', { channel: 'email', subject: 's', html: '<p>{{customer.name}}</p>' }), v));
    expect(out.html).toBe('<p>&lt;script&gt;x&lt;/script&gt;</p>');
  });

  it('strips CR/LF from the subject so no header can be injected', () => {
    const v = vars();
    v.customer.name = 'ACME\r\nBcc: victim@example.com';
    const out = ok(renderTemplate(tpl('b', { channel: 'email', subject: 'Invoice for {{customer.name}}' }), v));
    expect(out.subject).toBe('Invoice for ACME Bcc: victim@example.com');
    expect(out.subject).not.toMatch(/[\r\n]/);
  });

  it('counts SMS segments and uses the compact invoice list', () => {
    const out = ok(renderTemplate(tpl('{{invoiceTable}}', { channel: 'sms' }), vars()));
    expect(out.text).toBe('INV-2026-0101 CN¥12,000.00; INV-2026-0158 CN¥3,000.00');
    expect(out.segments).toEqual({ encoding: 'gsm7', segments: 1, perSegment: 160, length: out.text.length });
  });

  it('reports syntax errors with their offset', () => {
    expect(renderTemplate(tpl('Hi {{#invoices}}x'), vars())).toMatchObject({
      ok: false,
      errors: [{ code: 'unbalanced-section', variable: 'invoices', at: 3 }],
    });
  });
});

describe('punctuation after values', () => {
  it('does not double a full stop when a value already ends with one', () => {
    const v = sampleVariables('en', 'gentle');
    v.paymentInstructions = 'Pay by transfer.';
    expect(ok(renderTemplate(tpl('Details: {{paymentInstructions}}. Thanks'), v)).text).toBe('Details: Pay by transfer. Thanks');
    const zh = sampleVariables('zh_CN', 'gentle');
    zh.paymentInstructions = '请转账。';
    expect(ok(renderTemplate(tpl('付款：{{paymentInstructions}}。谢谢', { locale: 'zh_CN' }), zh)).text).toBe('付款：请转账。谢谢');
    expect(ok(renderTemplate(tpl('{{customer.name}}. x'), v)).text).toBe('Northwind Traders Ltd. x');
  });
});
