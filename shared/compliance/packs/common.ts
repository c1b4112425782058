import type { Channel, FrequencyCapRule, Msg, RuleSource, Section } from '../types';

/** Public mail providers: an address there is the debtor's only when it belongs to a known contact. */
export const FREEMAIL_DOMAINS: string[] = [
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  '189.cn',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
];

/**
 * Text checks for the sections of a demand, run on lower-cased text with separators kept. `\s` in a pattern
 * stands for a space (literal whitespace in a pattern is layout and removed).
 */
export const SECTION_PATTERNS: Record<Section, string[]> = {
  balance: [
    '[¥$€£]\\s*\\d',
    '\\d[\\d,.]*\\s*(元|万元|rmb|cny|usd|eur|gbp|hkd|dollars|euros)',
    '(rmb|cny|usd|eur|gbp|hkd)\\s*\\d',
  ],
  'how-to-pay': [
    '开户行|收款(账户|账号|方式)|银行账(户|号)|对公账户|账号|转账|汇款|付款方式|支付方式',
    'bank\\s*account|account\\s*(number|no)|\\biban\\b|\\bswift\\b|sort\\s*code|routing|\\bwire\\b|remit|pay\\s*(online|by|via|at)|payment\\s*(link|portal|details|instructions)',
  ],
  'how-to-dispute': [
    '异议|争议|有误|不符|疑问|出入|核对',
    'dispute|disagree|quer(y|ies)|question|incorrect|discrepanc',
  ],
  'creditor-contact': [
    '联系(人|电话|方式|我|我们|我司)|电话|致电|邮箱',
    'contact|call\\s*(us|me)|phone|\\btel\\b|reach\\s*(us|me)|e-?mail\\s*(us|me)',
  ],
  'opt-out': [
    '退订|回复\\s*(td|t|n)\\b|不希望再收到|取消订阅',
    'unsubscribe|opt[\\s-]*out|reply\\s*stop|text\\s*stop|no\\s*longer\\s*(wish|want)\\s*to\\s*(receive|hear)',
  ],
};

export const BEST_PRACTICE: RuleSource = {
  title: 'AR Lens collection practice (peer-tool complaints: paid, disputed or promised invoices chased anyway)',
  basis: 'best-practice',
};

export function cap(
  id: string,
  title: Msg,
  source: RuleSource,
  channels: Channel[] | 'all',
  max: number,
  windowHours: number,
  outcomes?: FrequencyCapRule['params']['outcomes'],
): FrequencyCapRule {
  const params: FrequencyCapRule['params'] = { channels, max, windowHours };
  if (outcomes) params.outcomes = outcomes;
  return { id, kind: 'frequency-cap', severity: 'block', title, source, params };
}

/** Every distinct source a pack cites, for the pack's source list. */
export function distinctSources(sources: RuleSource[]): RuleSource[] {
  const seen = new Map<string, RuleSource>();
  for (const s of sources) seen.set(`${s.title}|${s.article ?? ''}`, s);
  return [...seen.values()];
}
