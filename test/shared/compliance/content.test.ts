import { CN_PACK, EU_PACK, US_PACK } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { account, at, draft, evaluate, ruleIds } from './helpers';

const NY = 'America/New_York';
const FULL_DEMAND =
  '正式催告函：截至2026年3月10日，贵司尚欠我司货款人民币86,500.00元。请于3月20日前汇入我司对公账户（开户行：招商银行上海分行，账号：1219 0865 7310 001）。如对金额有异议，请于7日内书面提出。联系人：王先生，电话021-6888 1234。';

describe('required content', () => {
  it('a formal demand with balance, payment route, dispute route and contact passes', () => {
    expect(evaluate(draft({ tone: 'formal', text: FULL_DEMAND }), [], CN_PACK).decision).toBe('allow');
  });

  it('a formal demand without a dispute route is blocked, naming the missing part', () => {
    const text = FULL_DEMAND.replace('如对金额有异议，请于7日内书面提出。', '');
    const v = evaluate(draft({ tone: 'formal', text }), [], CN_PACK);
    expect(ruleIds(v.findings)).toEqual(['content.section-missing']);
    expect(v.findings[0]?.message.en).toContain('how to dispute');
  });

  it('a legal-stage letter without any of the parts lists each missing part', () => {
    const v = evaluate(draft({ tone: 'legal', text: '请尽快付款。', subject: '' }), [], CN_PACK);
    expect(v.findings.filter((f) => f.ruleId === 'content.section-missing')).toHaveLength(4);
  });

  it('sections declared by the template count as present', () => {
    const v = evaluate(
      draft({ tone: 'formal', text: '见附件。', includedSections: ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'] }),
      [],
      CN_PACK,
    );
    expect(v.decision).toBe('allow');
  });

  it('friendly reminders need no formal sections', () => {
    expect(evaluate(draft({ tone: 'friendly', text: '请安排付款，谢谢。' }), [], CN_PACK).decision).toBe('allow');
  });

  it('US e-mails and texts must carry an opt-out line; letters need not', () => {
    const base = {
      at: at('2026-03-10 10:00', NY),
      recipientTimeZone: NY,
      account: account({ ledgerAsOf: '2026-03-10' }),
      text: 'Invoice INV-2026-0412 for $8,650.00 is past due.',
    };
    expect(ruleIds(evaluate(draft(base), [], US_PACK).findings)).toEqual(['content.opt-out-missing']);
    expect(evaluate(draft({ ...base, text: `${base.text} To unsubscribe from these reminders, reply STOP.` }), [], US_PACK).decision).toBe(
      'allow',
    );
    expect(evaluate(draft({ ...base, includedSections: ['opt-out'] }), [], US_PACK).decision).toBe('allow');
    expect(evaluate(draft({ ...base, channel: 'letter' }), [], US_PACK).decision).toBe('allow');
    // Neither the CN nor the EU pack asks for an opt-out line.
    expect(ruleIds(evaluate(draft(base), [], EU_PACK).findings)).not.toContain('content.opt-out-missing');
  });

  it('wording in the subject is linted too, and says which field', () => {
    const v = evaluate(draft({ subject: '最后通牒：再不付款后果自负' }), [], CN_PACK);
    expect(v.decision).toBe('block');
    expect(v.findings.every((f) => f.field === 'subject')).toBe(true);
    expect(ruleIds(v.findings)).toEqual(['wording.false-legal-claim', 'wording.threat']);
  });

  it("account facts flow into the wording check (a real case makes '已立案' truthful)", () => {
    const text = '此案已立案，请贵司尽快与我司联系。';
    expect(ruleIds(evaluate(draft({ text }), [], CN_PACK).findings)).toEqual(['wording.false-legal-claim']);
    expect(evaluate(draft({ text, account: account({ legalCaseFiled: true }) }), [], CN_PACK).decision).toBe('allow');
  });

  it("the creditor's declared numbers are not someone else's personal data", () => {
    const text = '如有疑问请致电刘女士 138-1234-5678。';
    expect(ruleIds(evaluate(draft({ text }), [], CN_PACK).findings)).toEqual(['pii.phone-number']);
    const acct = account({ creditor: { name: 'S', emailDomains: [], phoneNumbers: ['+86 13812345678'] } });
    expect(evaluate(draft({ text, account: acct }), [], CN_PACK).decision).toBe('allow');
  });
});
