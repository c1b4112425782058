import { CN_CALENDAR_2026 } from '../../dates';
import type { Rule, RulePack, RuleSource } from '../types';
import { BEST_PRACTICE, cap, distinctSources, FREEMAIL_DOMAINS, SECTION_PATTERNS } from './common';
import { type PhraseCategory, phraseEntries } from './phrases';

// The hour and frequency limits come from consumer-lending collection guidance; for B2B receivables they are
// safe defaults, not legal duties. `basis` says which kind of text each rule rests on.
const CIFA: RuleSource = {
  title: '互联网金融贷后催收业务指引',
  issuer: '中国互联网金融协会',
  basis: 'self-regulation',
};
const CBA_2026: RuleSource = {
  title: '金融机构个人消费类贷款催收工作指引(试行)',
  issuer: '中国银行业协会',
  article: '2026-01-30',
  basis: 'self-regulation',
};
const CARD_68: RuleSource = { title: '商业银行信用卡业务监督管理办法', article: '第68条', basis: 'regulation' };
const CARD_69: RuleSource = { title: '商业银行信用卡业务监督管理办法', article: '第69条', basis: 'regulation' };
const CIVIL_1033: RuleSource = { title: '中华人民共和国民法典', article: '第1033条 (私人生活安宁)', basis: 'law' };
const CIVIL_1024: RuleSource = { title: '中华人民共和国民法典', article: '第1024条 (名誉权)', basis: 'law' };
const PIPL_25: RuleSource = { title: '中华人民共和国个人信息保护法', article: '第25条', basis: 'law' };
const PIPL_6: RuleSource = { title: '中华人民共和国个人信息保护法', article: '第6条 (最小必要)', basis: 'law' };
const PIPL_44: RuleSource = { title: '中华人民共和国个人信息保护法', article: '第44条 (限制或拒绝处理)', basis: 'law' };
const SOFT_VIOLENCE: RuleSource = {
  title: '关于办理实施"软暴力"的刑事案件若干问题的意见',
  issuer: '最高人民法院 最高人民检察院 公安部 司法部 (2019)',
  basis: 'law',
};

const PHRASE_SOURCES: Record<PhraseCategory, RuleSource> = {
  threat: SOFT_VIOLENCE,
  'criminal-threat': CARD_68,
  'false-authority': CARD_68,
  insult: CIVIL_1024,
  'public-shaming': PIPL_25,
  'third-party-contact': CARD_68,
  'false-legal-claim': CARD_68,
  'false-attorney': CARD_68,
  'seizure-without-judgment': CARD_68,
  'credit-report': CARD_68,
  'unagreed-fee': CBA_2026,
  'pressure-to-borrow': CBA_2026,
};

const rules: Rule[] = [
  {
    id: 'cn.send-window',
    kind: 'send-window',
    severity: 'block',
    title: { en: 'Send window 08:00–21:00, business days only', zh_CN: '发送时段 08:00–21:00，仅限工作日' },
    source: CIFA,
    params: { start: '08:00', end: '21:00', businessDaysOnly: true, channels: ['email', 'sms', 'wechat', 'phone'] },
  },
  cap('cn.cap.phone-answered', { en: 'At most 3 answered calls a day', zh_CN: '每日接通电话不超过 3 次' }, CIFA, ['phone'], 3, 24, [
    'answered',
  ]),
  cap(
    'cn.cap.phone-unanswered',
    { en: 'At most 6 unanswered call attempts a day', zh_CN: '每日未接通拨打不超过 6 次' },
    CIFA,
    ['phone'],
    6,
    24,
    ['unanswered'],
  ),
  cap('cn.cap.email-day', { en: 'At most 1 e-mail a day', zh_CN: '每日邮件不超过 1 封' }, CIVIL_1033, ['email'], 1, 24),
  cap('cn.cap.email-week', { en: 'At most 3 e-mails in 7 days', zh_CN: '7 天内邮件不超过 3 封' }, CIVIL_1033, ['email'], 3, 168),
  cap('cn.cap.sms-day', { en: 'At most 1 SMS a day', zh_CN: '每日短信不超过 1 条' }, CIVIL_1033, ['sms'], 1, 24),
  cap('cn.cap.wechat-day', { en: 'At most 2 WeChat messages a day', zh_CN: '每日微信不超过 2 条' }, CIVIL_1033, ['wechat'], 2, 24),
  cap('cn.cap.all-day', { en: 'At most 8 contacts a day, all channels', zh_CN: '所有渠道每日合计不超过 8 次' }, CIVIL_1033, 'all', 8, 24),
  {
    id: 'cn.contact-permission',
    kind: 'contact-permission',
    severity: 'block',
    title: { en: 'Respect opt-out and do-not-contact', zh_CN: '尊重退订与勿扰设置' },
    source: PIPL_44,
    params: { consentRequired: [] },
  },
  {
    id: 'cn.recipients',
    kind: 'recipients',
    severity: 'block',
    title: { en: 'Only the debtor and its own people', zh_CN: '仅限债务人本身及其人员' },
    source: CARD_68,
    params: { freemailDomains: FREEMAIL_DOMAINS },
  },
  {
    id: 'cn.invoice-state',
    kind: 'invoice-state',
    severity: 'block',
    title: { en: 'No reminders on paid, disputed or promised invoices', zh_CN: '已付、争议或已承诺付款的发票不催' },
    source: BEST_PRACTICE,
    params: {},
  },
  {
    id: 'cn.ledger-freshness',
    kind: 'ledger-freshness',
    severity: 'warn',
    title: { en: 'Ledger data should be recent', zh_CN: '账务数据应为最新' },
    source: BEST_PRACTICE,
    params: { maxAgeDays: 3 },
  },
  {
    id: 'cn.formal-demand',
    kind: 'required-content',
    severity: 'block',
    title: { en: 'A formal demand states balance, payment, dispute route and contact', zh_CN: '正式催告函须载明金额、付款方式、异议途径和联系方式' },
    source: CARD_69,
    params: {
      tones: ['formal', 'legal'],
      channels: [],
      sections: ['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact'],
    },
  },
  {
    id: 'cn.wording',
    kind: 'wording',
    severity: 'block',
    title: { en: 'No threats, insults, deception or unnecessary personal data', zh_CN: '不得威胁、侮辱、欺骗，不得含不必要的个人信息' },
    source: PIPL_6,
    params: { idNumbers: true, bankCards: true, phoneNumbers: true },
  },
];

const phrases = phraseEntries(PHRASE_SOURCES);

export const CN_PACK: RulePack = {
  id: 'builtin.cn',
  version: '2026.1.0',
  profile: 'CN',
  name: { en: 'Mainland China (built-in)', zh_CN: '中国大陆（内置）' },
  publishedAt: '2026-11-22',
  defaultTimeZone: 'Asia/Shanghai',
  calendar: CN_CALENDAR_2026,
  rules,
  phrases,
  sectionPatterns: SECTION_PATTERNS,
  sources: distinctSources([
    ...rules.map((r) => r.source),
    ...phrases.map((p) => p.source),
    CBA_2026,
    { title: CN_CALENDAR_2026.source, basis: 'regulation' },
  ]),
};
