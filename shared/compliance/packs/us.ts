import type { Rule, RulePack, RuleSource } from '../types';
import { US_FEDERAL_CALENDAR_2026 } from './calendars';
import { BEST_PRACTICE, cap, distinctSources, FREEMAIL_DOMAINS, SECTION_PATTERNS } from './common';
import { type PhraseCategory, phraseEntries } from './phrases';

// FDCPA and Regulation F govern consumer debt; for B2B receivables they are best practice, and `basis` says so.
// The TCPA consent rule for texts to mobile numbers is not limited to consumer debt.
const usc = (article: string): RuleSource => ({
  title: 'Fair Debt Collection Practices Act, 15 U.S.C.',
  article,
  basis: 'best-practice',
});
const regF = (article: string): RuleSource => ({
  title: 'Regulation F, 12 CFR part 1006',
  article,
  basis: 'best-practice',
});
const TCPA: RuleSource = {
  title: 'Telephone Consumer Protection Act, 47 U.S.C. 227',
  article: '227(b)(1)(A) (prior express consent)',
  basis: 'law',
};

const PHRASE_SOURCES: Record<PhraseCategory, RuleSource> = {
  threat: usc('1692d(1)'),
  'criminal-threat': usc('1692e(4)'),
  'false-authority': usc('1692e(1)'),
  insult: usc('1692d(2)'),
  'public-shaming': usc('1692d(3)'),
  'third-party-contact': usc('1692c(b)'),
  'false-legal-claim': usc('1692e(5)'),
  'false-attorney': usc('1692e(3)'),
  'seizure-without-judgment': usc('1692e(4)'),
  'credit-report': usc('1692e(5), 1692e(8)'),
  'unagreed-fee': usc('1692f(1)'),
  'pressure-to-borrow': usc('1692f'),
};

const rules: Rule[] = [
  {
    id: 'us.send-window',
    kind: 'send-window',
    severity: 'block',
    title: { en: 'Convenient hours 08:00–21:00 local time, business days', zh_CN: '当地时间 08:00–21:00，仅限工作日' },
    source: usc('1692c(a)(1)'),
    params: { start: '08:00', end: '21:00', businessDaysOnly: true, channels: ['email', 'sms', 'wechat', 'phone'] },
  },
  cap('us.cap.phone-week', { en: 'At most 7 call attempts in 7 days', zh_CN: '7 天内拨打不超过 7 次' }, regF('1006.14(b)(2)(i)'), ['phone'], 7, 168),
  cap(
    'us.cap.phone-after-conversation',
    { en: 'No call for 7 days after a conversation', zh_CN: '通话后 7 天内不再致电' },
    regF('1006.14(b)(2)(ii)'),
    ['phone'],
    1,
    168,
    ['answered'],
  ),
  cap('us.cap.email-day', { en: 'At most 1 e-mail a day', zh_CN: '每日邮件不超过 1 封' }, regF('1006.14(b)(1)'), ['email'], 1, 24),
  cap('us.cap.email-week', { en: 'At most 3 e-mails in 7 days', zh_CN: '7 天内邮件不超过 3 封' }, regF('1006.14(b)(1)'), ['email'], 3, 168),
  cap('us.cap.sms-day', { en: 'At most 1 text a day', zh_CN: '每日短信不超过 1 条' }, regF('1006.14(b)(1)'), ['sms'], 1, 24),
  cap('us.cap.all-day', { en: 'At most 4 contacts a day, all channels', zh_CN: '所有渠道每日合计不超过 4 次' }, regF('1006.14(b)(1)'), 'all', 4, 24),
  {
    id: 'us.contact-permission',
    kind: 'contact-permission',
    severity: 'block',
    title: { en: 'Opt-out honoured; texts need consent', zh_CN: '尊重退订；短信须事先同意' },
    source: TCPA,
    params: { consentRequired: ['sms'] },
  },
  {
    id: 'us.recipients',
    kind: 'recipients',
    severity: 'block',
    title: { en: 'No communication with third parties', zh_CN: '不得与第三方沟通债务' },
    source: usc('1692c(b)'),
    params: { freemailDomains: FREEMAIL_DOMAINS },
  },
  {
    id: 'us.invoice-state',
    kind: 'invoice-state',
    severity: 'block',
    title: { en: 'No reminders on paid, disputed or promised invoices', zh_CN: '已付、争议或已承诺付款的发票不催' },
    source: BEST_PRACTICE,
    params: {},
  },
  {
    id: 'us.ledger-freshness',
    kind: 'ledger-freshness',
    severity: 'warn',
    title: { en: 'Ledger data should be recent', zh_CN: '账务数据应为最新' },
    source: BEST_PRACTICE,
    params: { maxAgeDays: 3 },
  },
  {
    id: 'us.opt-out-line',
    kind: 'required-content',
    severity: 'block',
    title: { en: 'E-mails and texts carry an opt-out', zh_CN: '邮件和短信须含退订方式' },
    source: regF('1006.6(e)'),
    params: { tones: [], channels: ['email', 'sms'], sections: ['opt-out'] },
  },
  {
    id: 'us.formal-demand',
    kind: 'required-content',
    severity: 'block',
    title: { en: 'A formal demand states balance, payment, dispute route and contact', zh_CN: '正式催告函须载明金额、付款方式、异议途径和联系方式' },
    source: usc('1692g(a)'),
    params: {
      tones: ['formal', 'legal'],
      channels: [],
      sections: ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'],
    },
  },
  {
    id: 'us.wording',
    kind: 'wording',
    severity: 'block',
    title: { en: 'No harassment, false or misleading statements, or unneeded personal data', zh_CN: '不得骚扰、虚假或误导，不含不必要的个人信息' },
    source: usc('1692d, 1692e'),
    params: { idNumbers: true, bankCards: true, phoneNumbers: true },
  },
];

const phrases = phraseEntries(PHRASE_SOURCES);

export const US_PACK: RulePack = {
  id: 'builtin.us',
  version: '2026.1.0',
  profile: 'US',
  name: { en: 'United States (built-in)', zh_CN: '美国（内置）' },
  publishedAt: '2026-11-22',
  defaultTimeZone: 'America/New_York',
  calendar: US_FEDERAL_CALENDAR_2026,
  rules,
  phrases,
  sectionPatterns: SECTION_PATTERNS,
  sources: distinctSources([
    ...rules.map((r) => r.source),
    ...phrases.map((p) => p.source),
    { title: US_FEDERAL_CALENDAR_2026.source, basis: 'law' },
  ]),
};
