import { BUILTIN_PACKS, evaluateReminder } from 'shared/compliance';
import { EMPTY_PROFILE, accountFacts, historyFromAudit, invoicesForStage, reminderDraft, reminderVariables, templateChoices } from 'shared/reminders';
import { BUILTIN_TEMPLATES, renderTemplate, stageInfo } from 'shared/templates';
import { describe, expect, it } from 'vitest';
import { AS_OF, PROFILE, invoice, view } from './fixtures';

const MONDAY_10 = Date.UTC(2026, 2, 16, 2, 0);

describe('reminder variables and compliance facts', () => {
  it('render every offered template for a customer without a missing variable, and pass the verdict', () => {
    const v = view([invoice('a', 20), invoice('b', 3), invoice('c', -3)]);
    for (const channel of ['email', 'sms', 'wechat', 'phone'] as const) {
      for (const { stage, template } of templateChoices(BUILTIN_TEMPLATES, v, { channel, locale: 'zh_CN' })) {
        const vars = reminderVariables(v, PROFILE, { stage, locale: 'zh_CN' });
        const rendered = renderTemplate(template, vars);
        expect(rendered.ok, `${template.id}: ${JSON.stringify(!rendered.ok && rendered.errors)}`).toBe(true);
        if (!rendered.ok) continue;
        expect(rendered.value.text).not.toContain('undefined');
        const invoices = invoicesForStage(v, stage);
        const to = channel === 'email' ? 'wang.li@xinghe-tech.com.cn' : channel === 'wechat' ? '王丽' : '13800000000';
        const verdict = evaluateReminder(
          reminderDraft({
            channel,
            recipients: { to: [to] },
            subject: rendered.value.subject,
            text: rendered.value.text,
            at: MONDAY_10,
            tone: stageInfo(stage).tone,
            includedSections: template.sections,
            account: accountFacts(v, PROFILE, invoices, AS_OF),
          }),
          [],
          BUILTIN_PACKS.CN,
        );
        expect(verdict.findings.map((f) => `${template.id} ${f.ruleId}`)).toEqual([]);
      }
    }
  });

  it('name the stage invoices, the promise and the creditor', () => {
    const v = view([invoice('a', 20), invoice('b', 3), invoice('c', -3)]);
    const vars = reminderVariables(v, PROFILE, { stage: 'firm', locale: 'zh_CN' });
    expect(vars.invoices.map((i) => i.number)).toEqual(['INV-a', 'INV-b']);
    expect(vars.contact?.name).toBe('王丽');
    expect(vars.creditor?.company).toBe(PROFILE.company);
    expect(vars.paymentInstructions).toContain(PROFILE.bankAccount);
  });

  it('leave a blank profile field absent, so the render names it', () => {
    const v = view([invoice('a', 20)]);
    const vars = reminderVariables(v, { ...EMPTY_PROFILE, userName: '陈静' }, { stage: 'firm', locale: 'zh_CN' });
    const template = BUILTIN_TEMPLATES.find((t) => t.id === 'builtin.firm.email.zh_CN')!;
    const rendered = renderTemplate(template, vars);
    expect(rendered.ok).toBe(false);
    if (!rendered.ok) expect(rendered.errors.map((e) => e.variable)).toContain('paymentInstructions');
  });

  it('block a copy to a foreign domain and a threatening sentence', () => {
    const v = view([invoice('a', 20)]);
    const account = accountFacts(v, PROFILE, invoicesForStage(v, 'firm'), AS_OF);
    const base = { channel: 'email' as const, at: MONDAY_10, tone: 'firm' as const, account, text: '请尽快付款。' };
    const foreign = evaluateReminder(reminderDraft({ ...base, recipients: { to: ['wang.li@xinghe-tech.com.cn'], cc: ['boss@gmail.com'] } }), [], BUILTIN_PACKS.CN);
    expect(foreign.decision).toBe('block');
    expect(foreign.findings.map((f) => f.ruleId)).toContain('recipient.third-party');
    const colleague = evaluateReminder(reminderDraft({ ...base, recipients: { to: ['wang.li@xinghe-tech.com.cn'], cc: ['boss@yunfan-tech.cn'] } }), [], BUILTIN_PACKS.CN);
    expect(colleague.findings.map((f) => f.ruleId)).not.toContain('recipient.third-party');
    const threat = evaluateReminder(
      reminderDraft({ ...base, text: '再不还钱就去你家找你家人。', recipients: { to: ['wang.li@xinghe-tech.com.cn'] } }),
      [],
      BUILTIN_PACKS.CN,
    );
    expect(threat.decision).toBe('block');
    expect(threat.findings.some((f) => f.span !== undefined && f.field === 'text')).toBe(true);
  });

  it('count every recorded contact except blocked ones toward the caps', () => {
    const entry = (action: 'copied' | 'blocked', time: number) => ({
      seq: 1, prevHash: '', hash: '', time, user: 'u', role: 'finance', customerId: 'C1', invoices: [], channel: 'email' as const,
      action, recipients: [], template: null, text: '', verdict: { decision: 'allow' as const, ruleIds: [] },
    });
    const history = historyFromAudit([entry('copied', MONDAY_10 - 3_600_000), entry('blocked', MONDAY_10 - 60_000)]);
    expect(history).toHaveLength(1);
    const v = view([invoice('a', 20)]);
    const verdict = evaluateReminder(
      reminderDraft({ channel: 'email', at: MONDAY_10, tone: 'firm', text: '请付款。', recipients: { to: ['wang.li@xinghe-tech.com.cn'] }, account: accountFacts(v, PROFILE, invoicesForStage(v, 'firm'), AS_OF) }),
      history,
      BUILTIN_PACKS.CN,
    );
    expect(verdict.findings.map((f) => f.ruleId)).toContain('cn.cap.email-day');
  });
});
