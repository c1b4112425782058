import { BUILTIN_PACKS, CN_PACK, isPrcIdNumber, passesLuhn, US_PACK, type WordingFacts } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { lint, ruleIds } from './helpers';

const cn = (text: string, facts: WordingFacts = {}) => lint(text, { pack: CN_PACK, facts });
const us = (text: string, facts: WordingFacts = {}) => lint(text, { pack: US_PACK, facts });

describe('phrase lists', () => {
  for (const pack of Object.values(BUILTIN_PACKS)) {
    it(`every example of every ${pack.profile} entry raises its rule`, () => {
      for (const entry of pack.phrases) {
        expect(entry.examples.length, entry.id).toBeGreaterThan(0);
        for (const example of entry.examples) {
          const hits = lint(example, { pack }).filter((f) => f.entryId === entry.id);
          expect(hits.length, `${entry.id}: ${example}`).toBeGreaterThan(0);
          expect(hits[0]?.ruleId).toBe(entry.ruleId);
        }
      }
    });
  }
});

describe('firm but lawful wording is not flagged', () => {
  it.each([
    '请于5个工作日内付款',
    '如贵司仍未付款，我司将保留通过法律途径追讨的权利。',
    '若到期仍未付款，我司将考虑采取进一步措施，包括但不限于法律途径。',
    '若本月25日前仍未收到款项，我司将暂停后续供货。',
    'we will consider our options, including legal remedies available to us',
    'We reserve all rights under the contract.',
    'Failure to pay may result in suspension of services.',
    'This is the last reminder before we refer the account to our legal team.',
    'Your account has been placed on credit hold.',
  ])('%s', (text) => {
    expect(lint(text, { pack: CN_PACK })).toEqual([]);
    expect(lint(text, { pack: US_PACK })).toEqual([]);
  });

  it('does not match inside Latin words', () => {
    for (const text of ['We are closer to year end.', 'Please push it through.', 'A cheat sheet of bank details.', 'Your arrears are listed.', 'Our policy on holds.', 'I will pursue your request.'])
      expect(us(text), text).toEqual([]);
  });
});

describe('longest match on word edges', () => {
  it('finds plural and longer forms even when a shorter alternative comes first in the pattern', () => {
    expect(ruleIds(us('Late fees will apply.'))).toEqual(['wording.unagreed-fee']);
    expect(ruleIds(us('Collection charges apply.'))).toEqual(['wording.unagreed-fee']);
    expect(us('Bank processing fees are borne by the payer.')).toEqual([]);
  });
});

describe('conditional wording reads the account facts', () => {
  it.each([
    ['此案已立案，请尽快处理。', 'wording.false-legal-claim', { legalCaseFiled: true }],
    ['逾期将上报征信。', 'wording.credit-report', { creditReportingAgreed: true }],
    ['律师函已发出。', 'wording.false-attorney', { lawyerRetained: true }],
    ['逾期将按合同约定计收违约金。', 'wording.unagreed-fee', { lateFeeAgreed: true }],
    ['我司将申请强制执行。', 'wording.seizure-without-judgment', { judgmentObtained: true }],
    ['逾期我们将起诉。', 'wording.false-legal-claim', { legalActionDecided: true }],
    ['A case has been filed against you.', 'wording.false-legal-claim', { legalCaseFiled: true }],
    ['Our attorney will contact you.', 'wording.false-attorney', { lawyerRetained: true }],
    ['We will report you to the credit bureaus.', 'wording.credit-report', { creditReportingAgreed: true }],
    ['A collection fee of $250 applies.', 'wording.unagreed-fee', { collectionFeeAgreed: true }],
  ] as const)('%s', (text, ruleId, facts) => {
    expect(ruleIds(cn(text))).toContain(ruleId);
    expect(cn(text, facts)).toEqual([]);
  });

  it('one true fact does not excuse other wording', () => {
    expect(ruleIds(cn('此案已立案，不还钱就让你坐牢。', { legalCaseFiled: true }))).toEqual(['wording.criminal-threat']);
    expect(ruleIds(us('We will sue you.', { legalCaseFiled: true }))).toEqual(['wording.false-legal-claim']);
  });
});

describe('normalisation and spans', () => {
  it.each([
    ['后 果 自 负', 'wording.threat'],
    ['老\u200b赖', 'wording.insult'],
    ['律\u200c师\u200d函', 'wording.false-attorney'],
    ['曝·光', 'wording.public-shaming'],
    ['坐\n牢', 'wording.criminal-threat'],
    ['ＤＥＡＤＢＥＡＴ', 'wording.insult'],
    ['DeAdBeAt', 'wording.insult'],
    ['d.e.a.d-b_e a t', 'wording.insult'],
    ['de\u0430dbeat', 'wording.insult'],
    ['Ｗｅ  ｗｉｌｌ  ｓｕｅ', 'wording.false-legal-claim'],
  ])('%j raises %s with a span over the original characters', (text, ruleId) => {
    const f = cn(`开头 ${text} 结尾`).find((x) => x.ruleId === ruleId);
    expect(f?.span).toEqual({ start: 3, end: 3 + text.length });
  });

  it('spans count UTF-16 units of the original, also after astral characters', () => {
    const text = '😀😀 你们就是老赖';
    const f = cn(text)[0];
    expect(text.slice(f?.span?.start, f?.span?.end)).toBe('老赖');
  });
});

describe('personal data', () => {
  it('recognises a PRC ID number only with a valid check digit', () => {
    expect(isPrcIdNumber('110105199003071239')).toBe(true);
    expect(isPrcIdNumber('11010519900307123X')).toBe(false);
    expect(isPrcIdNumber('110105199003071238')).toBe(false);
    expect(ruleIds(cn('法人身份证号110105199003071239。'))).toEqual(['pii.id-number']);
    expect(cn('编号110105199003071238。')).toEqual([]);
  });

  it('accepts an X check digit, in either case', () => {
    expect(isPrcIdNumber('11010519900307101X')).toBe(true);
    expect(isPrcIdNumber('110105199003071010')).toBe(false);
    expect(ruleIds(cn('身份证 11010519900307101x'))).toEqual(['pii.id-number']);
  });

  it('recognises 16–19 digit bank cards that pass Luhn, grouped or not', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(ruleIds(cn('卡号6222021234567890128'))).toEqual(['pii.bank-card']);
    expect(ruleIds(cn('card 4111 1111 1111 1111'))).toEqual(['pii.bank-card']);
    expect(cn('card 4111 1111 1111 1112')).toEqual([]);
  });

  it("exempts the creditor's own declared account", () => {
    const text = '请汇款至我司账户 6217 0012 3456 7893。';
    expect(ruleIds(cn(text))).toEqual(['pii.bank-card']);
    expect(lint(text, { pack: CN_PACK, creditorAccountNumbers: ['6217001234567893'] })).toEqual([]);
  });

  it('does not glue dates, amounts and invoice numbers into a card number', () => {
    expect(cn('2026-03-15 12500 30000 发票 INV-2026-0412 金额 86,500.00 元 单号SF1234567890123456')).toEqual([]);
  });

  it("flags mobile numbers that are not the creditor's, as a warning", () => {
    const hits = cn('请联系 +86 139 1234 5679 或 13812345678');
    expect(hits.map((f) => [f.ruleId, f.severity])).toEqual([
      ['pii.phone-number', 'warn'],
      ['pii.phone-number', 'warn'],
    ]);
    expect(lint('请联系 13812345678', { pack: CN_PACK, creditorPhoneNumbers: ['+86 138 1234 5678'] })).toEqual([]);
    expect(ruleIds(us('Call his cell (917) 555-0188.'))).toEqual(['pii.phone-number']);
    expect(us('Call us toll-free at 1-800-555-0199 or 021-6888 1234.')).toEqual([]);
  });
});
