import { type AccountFacts, BUILTIN_PACKS, evaluateReminder, type ReminderDraft } from 'shared/compliance';
import { BUILTIN_TEMPLATES, renderTemplate, sampleVariables, stageInfo } from 'shared/templates';
import { describe, expect, it } from 'vitest';

// Every built-in template, sent at its own stage and tone on a Monday at 10:00 to the debtor's own contact,
// gets an "allow" with no finding at all from evaluateReminder: the text itself carries the parts the stage
// must state (balance, how to pay, how to dispute, creditor contact, opt-out) without relying on the
// template's declared `sections`, and its wording passes.
const AT = Date.UTC(2026, 2, 16, 2, 0); // 2026-03-16 10:00 Asia/Shanghai, a Monday

function account(invoiceNumbers: string[]): AccountFacts {
  return {
    customerId: 'c1',
    emailDomains: ['xingchen.cn'],
    contacts: [
      {
        id: 'k1',
        name: '王经理',
        emails: ['wang@xingchen.cn'],
        phones: ['+8613800000000'],
        wechatIds: ['wang-xc'],
        consent: { email: true, sms: true, wechat: true, phone: true, letter: true },
      },
    ],
    invoices: invoiceNumbers.map((number, i) => ({ id: `i${i}`, number, openAmount: 100, paid: false })),
    ledgerAsOf: '2026-03-16',
    creditor: {
      name: '杭州云帆科技有限公司',
      emailDomains: ['example.com'],
      phoneNumbers: ['021-5555-0100'],
      accountNumbers: ['571900000000001'],
    },
  };
}

const ADDRESS = { email: 'wang@xingchen.cn', sms: '+8613800000000', phone: '+8613800000000', wechat: 'wang-xc', letter: '上海市' };

describe('built-in templates under evaluateReminder', () => {
  for (const pack of Object.values(BUILTIN_PACKS)) {
    it(`are allowed with no finding under the ${pack.profile} pack`, () => {
      const problems: string[] = [];
      for (const template of BUILTIN_TEMPLATES) {
        const vars = sampleVariables(template.locale, template.stage);
        const rendered = renderTemplate(template, vars);
        if (!rendered.ok) {
          problems.push(`${template.id}: does not render`);
          continue;
        }
        const draft: ReminderDraft = {
          customerId: 'c1',
          channel: template.channel,
          recipients: { to: [{ address: ADDRESS[template.channel], contactId: 'k1' }] },
          text: rendered.value.text,
          at: AT,
          recipientTimeZone: 'Asia/Shanghai',
          tone: stageInfo(template.stage).tone,
          account: account(vars.invoices.map((i) => i.number)),
          ...(rendered.value.subject === undefined ? {} : { subject: rendered.value.subject }),
        };
        const verdict = evaluateReminder(draft, [], pack);
        if (verdict.decision !== 'allow') problems.push(`${template.id}: ${verdict.decision}`);
        for (const f of verdict.findings) {
          problems.push(`${template.id}: ${f.ruleId} ${f.message.en}`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
