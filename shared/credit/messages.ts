import type { Message } from '../dunning';
import { formatMoney } from '../money';
import type { CreditReason, CreditStatus, RiskReason } from './types';

export const CREDIT_STATUS_LABELS: Record<CreditStatus, Message> = {
  ok: { en: 'Within limit', zh_CN: '额度正常' },
  near: { en: 'Near limit', zh_CN: '接近额度' },
  over: { en: 'Over limit', zh_CN: '超出额度' },
  hold: { en: 'On hold', zh_CN: '已冻结' },
};

function money(params: Record<string, string | number>, key: string, locale: 'en' | 'zh-CN'): string {
  const amount = params[key];
  const currency = params.currency;
  if (typeof amount !== 'number' || typeof currency !== 'string') return String(amount ?? '');
  return formatMoney({ amount, currency }, locale);
}

function percent(bps: string | number | undefined): string {
  return `${(Number(bps ?? 0) / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** The reason as text in both languages; amounts are formatted from minor units. */
export function creditReasonMessage(reason: CreditReason): Message {
  const p = reason.params;
  const en = (key: string) => money(p, key, 'en');
  const zh = (key: string) => money(p, key, 'zh-CN');
  switch (reason.code) {
    case 'on-hold':
      return { en: 'The account is on hold.', zh_CN: '该客户账户已冻结。' };
    case 'no-limit':
      return { en: 'No credit limit is set.', zh_CN: '未设置信用额度。' };
    case 'over-limit':
      return {
        en: `Exposure ${en('exposure')} exceeds the limit ${en('limit')} by ${en('excess')}.`,
        zh_CN: `信用敞口 ${zh('exposure')} 超出额度 ${zh('limit')}，超出 ${zh('excess')}。`,
      };
    case 'near-limit':
      return {
        en: `${percent(p.utilisationBps)} of the limit is used (warning from ${percent(p.thresholdBps)}).`,
        zh_CN: `已使用额度的 ${percent(p.utilisationBps)}（${percent(p.thresholdBps)} 起预警）。`,
      };
    case 'within-limit':
      return { en: `${en('available')} of the limit is available.`, zh_CN: `可用额度 ${zh('available')}。` };
    case 'temporary-limit':
      return {
        en: `Temporary limit ${en('limit')} in force until ${p.expiresOn}.`,
        zh_CN: `临时额度 ${zh('limit')}，有效期至 ${p.expiresOn}。`,
      };
    case 'temporary-limit-expired':
      return {
        en: `The temporary limit expired on ${p.expiresOn}; the permanent limit applies.`,
        zh_CN: `临时额度已于 ${p.expiresOn} 到期，按固定额度计算。`,
      };
    case 'converted':
      return {
        en: `Other currencies converted into ${p.base} at rates of ${p.ratesAsOf} (${p.source}).`,
        zh_CN: `其他币种已按 ${p.ratesAsOf} 的汇率（${p.source}）折算为 ${p.base}。`,
      };
    case 'missing-rate':
      return { en: `No exchange rate for ${p.currency}.`, zh_CN: `缺少 ${p.currency} 的汇率。` };
    case 'other-currencies':
      return {
        en: `Open items in ${p.currencies} are shown separately and not counted against the limit.`,
        zh_CN: `${p.currencies} 的未结款项单独列示，未计入额度。`,
      };
  }
}

/** The risk reason as text in both languages. */
export function riskReasonMessage(reason: RiskReason): Message {
  const p = reason.params;
  switch (reason.code) {
    case 'override':
      return {
        en: `Grade set by ${p.by}: ${p.reason} (computed grade ${p.computed}).`,
        zh_CN: `评级由 ${p.by} 手动设定：${p.reason}（系统评级 ${p.computed}）。`,
      };
    case 'no-payment-history':
      return { en: 'No paid invoices yet to judge payment habits.', zh_CN: '暂无已付款发票，无法评估付款习惯。' };
    case 'average-days-late':
      return {
        en: `Pays on average ${p.days} days late (${p.count} paid invoices).`,
        zh_CN: `平均逾期 ${p.days} 天付款（${p.count} 张已付发票）。`,
      };
    case 'overdue-share':
      return {
        en: `${percent(p.bps)} of open ${p.currency} receivables are overdue.`,
        zh_CN: `${p.currency} 未收款中 ${percent(p.bps)} 已逾期。`,
      };
    case 'oldest-overdue':
      return { en: `Oldest overdue invoice: ${p.days} days.`, zh_CN: `最久逾期发票：${p.days} 天。` };
  }
}
