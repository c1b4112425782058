import fc from 'fast-check';
import { invoicesForStage, reminderStages, suggestedLocale, templateChoices } from 'shared/reminders';
import { BUILTIN_TEMPLATES } from 'shared/templates';
import { describe, expect, it } from 'vitest';
import { invoice, promise, view } from './fixtures';

describe('reminder stages', () => {
  it('follows the tone of the dunning stage for overdue invoices', () => {
    expect(reminderStages(view([invoice('a', 10)]))[0]).toBe('gentle');
    expect(reminderStages(view([invoice('a', 20), invoice('b', 3)]))[0]).toBe('firm');
    expect(reminderStages(view([invoice('a', 50)]))[0]).toBe('formal-demand');
  });

  it('uses the days before the due date for invoices not yet due', () => {
    expect(reminderStages(view([invoice('a', -5)]))[0]).toBe('pre-due-7');
    expect(reminderStages(view([invoice('a', -1)]))[0]).toBe('pre-due-1');
  });

  it('offers nothing to chase for paid, disputed or credit items', () => {
    const v = view([invoice('a', 20, 0), invoice('b', 20, 100, { disputed: true }), invoice('c', 20, -500, { kind: 'credit-note' })]);
    expect(reminderStages(v)).toEqual([]);
  });

  it('puts a broken promise first and lists an active one last', () => {
    const broken = view([invoice('a', 30), invoice('b', 5)], { promises: [promise('p1', ['a'], '2026-03-01')] });
    expect(reminderStages(broken)[0]).toBe('broken-promise');
    expect(invoicesForStage(broken, 'broken-promise').map((i) => i.id)).toEqual(['a']);
    const active = view([invoice('a', 30), invoice('b', 5)], { promises: [promise('p1', ['a'], '2026-03-20')] });
    const stages = reminderStages(active);
    expect(stages.at(-1)).toBe('promise-confirmation');
    // The promised invoice is on hold: only the other one is chased.
    expect(invoicesForStage(active, 'gentle').map((i) => i.id)).toEqual(['b']);
  });

  it('never chases an invoice on hold, whatever the days (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 200 }), fc.boolean()), { minLength: 1, maxLength: 8 }), (rows) => {
        const invoices = rows.map(([days, disputed], i) => invoice(String(i), days, 1000 + i, { disputed }));
        const v = view(invoices);
        for (const stage of reminderStages(v)) {
          for (const inv of invoicesForStage(v, stage)) {
            expect(inv.disputed).not.toBe(true);
            expect(inv.openAmount).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lists templates of the suggested stage first, tier variants first', () => {
    const a = view([invoice('a', 10)]);
    a.customer.tier = 'A';
    const choices = templateChoices(BUILTIN_TEMPLATES, a, { channel: 'email', locale: 'zh_CN' });
    expect(choices[0]?.template.id).toBe('builtin.gentle.email.zh_CN.a');
    expect(choices[1]?.template.id).toBe('builtin.gentle.email.zh_CN');
    expect(choices.some((c) => c.stage === 'statement')).toBe(true);
    expect(choices.every((c) => c.template.channel === 'email' && c.template.locale === 'zh_CN')).toBe(true);
    const b = view([invoice('a', 10)]);
    expect(templateChoices(BUILTIN_TEMPLATES, b, { channel: 'email', locale: 'zh_CN' }).some((c) => c.template.tierTone)).toBe(false);
  });

  it('suggests the locale from the customer name', () => {
    expect(suggestedLocale({ customer: { id: 'x', name: '北京星河科技有限公司', tier: 'A' } })).toBe('zh_CN');
    expect(suggestedLocale({ customer: { id: 'x', name: 'Harbor Logistics (Shanghai) Co., Ltd.', tier: 'B' } })).toBe('en');
  });
});
