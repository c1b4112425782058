import type { Rule, RulePack, RuleSource } from '../types';
import { EU_WEEKEND_CALENDAR_2026 } from './calendars';
import { BEST_PRACTICE, cap, distinctSources, FREEMAIL_DOMAINS, SECTION_PATTERNS } from './common';
import { type PhraseCategory, phraseEntries } from './phrases';

const gdpr = (article: string): RuleSource => ({
  title: 'General Data Protection Regulation (EU) 2016/679',
  article,
  basis: 'law',
});
// The FCA's consumer-credit rules are the reference for fair collection conduct; for B2B they are best practice.
const conc = (article: string): RuleSource => ({
  title: 'FCA Handbook, Consumer Credit sourcebook (CONC)',
  article,
  basis: 'best-practice',
});
const LATE_PAYMENT: RuleSource = {
  title: 'Directive 2011/7/EU on combating late payment in commercial transactions',
  article: 'Art. 3, 6 (statutory interest, EUR 40 compensation)',
  basis: 'law',
};

const PHRASE_SOURCES: Record<PhraseCategory, RuleSource> = {
  threat: conc('7.3.4'),
  'criminal-threat': conc('7.3.4'),
  'false-authority': conc('7.3.4'),
  insult: conc('7.3.4'),
  'public-shaming': gdpr('Art. 5(1)(a), 6'),
  'third-party-contact': gdpr('Art. 5(1)(c), 6'),
  'false-legal-claim': conc('7.3.4, 7.9'),
  'false-attorney': conc('7.3.4'),
  'seizure-without-judgment': conc('7.3.4'),
  'credit-report': conc('7.3.4'),
  'unagreed-fee': LATE_PAYMENT,
  'pressure-to-borrow': conc('7.3.4'),
};

const rules: Rule[] = [
  {
    id: 'eu.send-window',
    kind: 'send-window',
    severity: 'block',
    title: { en: 'Reasonable hours 08:00–21:00, business days', zh_CN: '合理时段 08:00–21:00，仅限工作日' },
    source: conc('7.9, 7.11'),
    params: { start: '08:00', end: '21:00', businessDaysOnly: true, channels: ['email', 'sms', 'wechat', 'phone'] },
  },
  cap('eu.cap.phone-day', { en: 'At most 3 calls a day', zh_CN: '每日拨打不超过 3 次' }, conc('7.9'), ['phone'], 3, 24),
  cap('eu.cap.email-day', { en: 'At most 1 e-mail a day', zh_CN: '每日邮件不超过 1 封' }, conc('7.9'), ['email'], 1, 24),
  cap('eu.cap.email-week', { en: 'At most 3 e-mails in 7 days', zh_CN: '7 天内邮件不超过 3 封' }, conc('7.9'), ['email'], 3, 168),
  cap('eu.cap.sms-day', { en: 'At most 1 text a day', zh_CN: '每日短信不超过 1 条' }, conc('7.9'), ['sms'], 1, 24),
  cap('eu.cap.all-day', { en: 'At most 3 contacts a day, all channels', zh_CN: '所有渠道每日合计不超过 3 次' }, conc('7.9'), 'all', 3, 24),
  {
    id: 'eu.contact-permission',
    kind: 'contact-permission',
    severity: 'block',
    title: { en: 'Objections and opt-outs honoured', zh_CN: '尊重反对与退订' },
    source: gdpr('Art. 21'),
    params: { consentRequired: [] },
  },
  {
    id: 'eu.recipients',
    kind: 'recipients',
    severity: 'block',
    title: { en: 'No disclosure to third parties', zh_CN: '不得向第三方披露' },
    source: gdpr('Art. 5(1)(c), 5(1)(f), 6'),
    params: { freemailDomains: FREEMAIL_DOMAINS },
  },
  {
    id: 'eu.invoice-state',
    kind: 'invoice-state',
    severity: 'block',
    title: { en: 'No reminders on paid, disputed or promised invoices', zh_CN: '已付、争议或已承诺付款的发票不催' },
    source: BEST_PRACTICE,
    params: {},
  },
  {
    id: 'eu.ledger-freshness',
    kind: 'ledger-freshness',
    severity: 'warn',
    title: { en: 'Ledger data should be recent', zh_CN: '账务数据应为最新' },
    source: BEST_PRACTICE,
    params: { maxAgeDays: 3 },
  },
  {
    id: 'eu.formal-demand',
    kind: 'required-content',
    severity: 'block',
    title: { en: 'A formal demand states balance, payment, dispute route and contact', zh_CN: '正式催告函须载明金额、付款方式、异议途径和联系方式' },
    source: conc('7.5'),
    params: {
      tones: ['formal', 'legal'],
      channels: [],
      sections: ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'],
    },
  },
  {
    id: 'eu.wording',
    kind: 'wording',
    severity: 'block',
    title: { en: 'Fair wording and data minimisation', zh_CN: '措辞公平、数据最小化' },
    source: gdpr('Art. 5(1)(c)'),
    params: { idNumbers: true, bankCards: true, phoneNumbers: true },
  },
];

const phrases = phraseEntries(PHRASE_SOURCES);

export const EU_PACK: RulePack = {
  id: 'builtin.eu',
  version: '2026.1.0',
  profile: 'EU',
  name: { en: 'European Union / UK (built-in)', zh_CN: '欧盟 / 英国（内置）' },
  publishedAt: '2026-11-22',
  defaultTimeZone: 'Europe/Berlin',
  calendar: EU_WEEKEND_CALENDAR_2026,
  rules,
  phrases,
  sectionPatterns: SECTION_PATTERNS,
  sources: distinctSources([...rules.map((r) => r.source), ...phrases.map((p) => p.source), LATE_PAYMENT]),
};
