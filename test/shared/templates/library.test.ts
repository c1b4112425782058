import {
  BUILTIN_TEMPLATES,
  renderTemplate,
  sampleVariables,
  selectTemplates,
  stageForDay,
  TEMPLATE_STAGES,
  type TemplateChannel,
  validateTemplate,
} from 'shared/templates';
import { describe, expect, it } from 'vitest';

function rendered(id: string) {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  const r = renderTemplate(t, sampleVariables(t.locale, t.stage));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('built-in template library', () => {
  it('has unique ids, version 1, and every template is valid and renders with the sample data of its stage', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.version).toBe(1);
      expect(validateTemplate(t), t.id).toEqual([]);
      const r = renderTemplate(t, sampleVariables(t.locale, t.stage));
      expect(r.ok ? [] : r.errors, t.id).toEqual([]);
    }
  });

  it('covers every stage by e-mail and WeChat, every stage but statement by SMS, in both locales alike', () => {
    for (const stage of TEMPLATE_STAGES) {
      for (const locale of ['zh_CN', 'en'] as const) {
        const channels = new Set(BUILTIN_TEMPLATES.filter((t) => t.stage === stage.id && t.locale === locale).map((t) => t.channel));
        const expected: TemplateChannel[] = stage.id === 'statement' ? ['email', 'wechat'] : ['email', 'sms', 'wechat'];
        for (const c of expected) expect(channels.has(c), `${stage.id} ${locale} ${c}`).toBe(true);
      }
    }
    const key = (id: string) => id.replace(/\.(zh_CN|en)(\.|$)/, '.*$2');
    const zh = BUILTIN_TEMPLATES.filter((t) => t.locale === 'zh_CN').map((t) => key(t.id)).sort();
    const en = BUILTIN_TEMPLATES.filter((t) => t.locale === 'en').map((t) => key(t.id)).sort();
    expect(zh).toEqual(en);
  });

  it('has phone scripts for the chasing stages', () => {
    for (const stage of ['due-day', 'gentle', 'firm', 'formal-demand', 'broken-promise'] as const) {
      expect(selectTemplates(BUILTIN_TEMPLATES, { stage, channel: 'phone', locale: 'zh_CN' })).toHaveLength(1);
      expect(selectTemplates(BUILTIN_TEMPLATES, { stage, channel: 'phone', locale: 'en' })).toHaveLength(1);
    }
  });

  it('e-mails have a subject and an HTML part; SMS show their segment count', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const r = renderTemplate(t, sampleVariables(t.locale, t.stage));
      if (!r.ok) continue;
      if (t.channel === 'email') {
        expect(r.value.subject, t.id).toBeTruthy();
        expect(r.value.html, t.id).toMatch(/^<div style="[^"]+">/);
        if (t.body.includes('{{invoiceTable}}')) expect(r.value.html, t.id).toContain('<table');
      }
      if (t.channel === 'sms') {
        expect(r.value.segments?.segments, t.id).toBeGreaterThanOrEqual(1);
        expect(r.value.segments?.segments, t.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('the formal demand states the balance, how to pay, how to dispute and whom to contact', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      const v = sampleVariables(locale, 'formal-demand');
      for (const channel of ['email', 'letter'] as const) {
        const { text } = rendered(`builtin.formal-demand.${channel}.${locale}`);
        expect(text).toContain(locale === 'zh_CN' ? '¥15,000.00' : 'CN¥15,000.00');
        expect(text).toContain('INV-2026-0101');
        expect(text).toContain(v.paymentInstructions);
        expect(text).toContain(v.disputeInstructions);
        expect(text).toContain(v.creditor?.phone);
        expect(text).toContain(v.creditor?.email);
      }
    }
  });

  it('is warmer for A-tier customers', () => {
    const a = { ...sampleVariables('zh_CN', 'gentle'), customer: { name: '上海星辰贸易有限公司', tier: 'A' as const } };
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'builtin.gentle.wechat.zh_CN');
    if (!t) throw new Error('missing');
    const warm = renderTemplate(t, a);
    const plain = renderTemplate(t, sampleVariables('zh_CN', 'gentle'));
    expect(warm.ok && warm.value.text).toContain('感谢贵司一直以来');
    expect(plain.ok && plain.value.text).not.toContain('感谢贵司一直以来');
    const forA = selectTemplates(BUILTIN_TEMPLATES, { stage: 'gentle', channel: 'email', locale: 'en', tier: 'A' });
    expect(forA.map((x) => x.id)).toEqual(['builtin.gentle.email.en.a', 'builtin.gentle.email.en']);
    const forC = selectTemplates(BUILTIN_TEMPLATES, { stage: 'gentle', channel: 'email', locale: 'en', tier: 'C' });
    expect(forC.map((x) => x.id)).toEqual(['builtin.gentle.email.en']);
  });

  it('reads in natural business language', () => {
    const zh = rendered('builtin.gentle.email.zh_CN').text;
    expect(zh.startsWith('尊敬的王经理：\n\n您好！')).toBe(true);
    expect(zh).toContain('贵司');
    expect(zh).toContain('烦请');
    expect(zh).toContain('请忽略');
    const en = rendered('builtin.gentle.email.en').text;
    expect(en.startsWith('Dear Ms Lee,')).toBe(true);
    expect(en).toContain('please disregard');
  });
});

describe('stages', () => {
  it('maps days from the due date to a stage at the boundaries', () => {
    expect(stageForDay(-8)).toBeNull();
    expect(stageForDay(-7)).toBe('pre-due-7');
    expect(stageForDay(-2)).toBe('pre-due-7');
    expect(stageForDay(-1)).toBe('pre-due-1');
    expect(stageForDay(0)).toBe('due-day');
    expect(stageForDay(1)).toBe('gentle');
    expect(stageForDay(15)).toBe('gentle');
    expect(stageForDay(16)).toBe('firm');
    expect(stageForDay(45)).toBe('firm');
    expect(stageForDay(46)).toBe('formal-demand');
    expect(stageForDay(400)).toBe('formal-demand');
  });
});
