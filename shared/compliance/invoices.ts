import { daysBetween } from '../dates';
import type { IsoDate } from '../ledger';
import type { Finding, InvoiceStateRule, LedgerFreshnessRule, ReminderDraft } from './types';

/** Paid, disputed or covered by an unexpired promise to pay (the promise date itself still counts). */
export function checkInvoiceState(rule: InvoiceStateRule, draft: ReminderDraft, today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  const purpose = draft.purpose ?? 'demand';
  // Thanking for a payment or stating the account names paid invoices; confirming a promise names promised ones.
  const paidIsFine = purpose === 'thanks' || purpose === 'statement';
  const promiseIsFine = purpose !== 'demand';
  for (const inv of draft.account.invoices) {
    const name = inv.number ?? inv.id;
    if ((inv.paid || inv.openAmount === 0) && !paidIsFine) {
      findings.push({
        ruleId: 'invoice.paid',
        severity: rule.severity,
        message: { en: `Invoice ${name} is already paid.`, zh_CN: `发票 ${name} 已付款。` },
        source: rule.source,
      });
    }
    if (inv.disputed) {
      findings.push({
        ruleId: 'invoice.disputed',
        severity: rule.severity,
        message: {
          en: `Invoice ${name} is disputed: resolve the dispute before chasing it.`,
          zh_CN: `发票 ${name} 存在争议，请先处理争议再催收。`,
        },
        source: rule.source,
      });
    }
    if (inv.promiseToPayUntil && inv.promiseToPayUntil >= today && !promiseIsFine) {
      findings.push({
        ruleId: 'invoice.promise-to-pay',
        severity: rule.severity,
        message: {
          en: `The customer promised to pay invoice ${name} by ${inv.promiseToPayUntil}.`,
          zh_CN: `客户已承诺在 ${inv.promiseToPayUntil} 前支付发票 ${name}。`,
        },
        source: rule.source,
      });
    }
  }
  return findings;
}

/** A stale ledger may not show a payment made since. */
export function checkLedgerFreshness(rule: LedgerFreshnessRule, draft: ReminderDraft, today: IsoDate): Finding[] {
  const asOf = draft.account.ledgerAsOf;
  if (!asOf) {
    return [
      {
        ruleId: 'ledger.stale',
        severity: rule.severity,
        message: {
          en: 'The ledger date is unknown: the customer may have paid since.',
          zh_CN: '账务数据日期未知，客户可能已付款。',
        },
        source: rule.source,
      },
    ];
  }
  const age = daysBetween(asOf, today);
  if (age <= rule.params.maxAgeDays) return [];
  return [
    {
      ruleId: 'ledger.stale',
      severity: rule.severity,
      message: {
        en: `The ledger is ${age} days old (as of ${asOf}): the customer may have paid since.`,
        zh_CN: `账务数据已有 ${age} 天未更新（截至 ${asOf}），客户可能已付款。`,
      },
      source: rule.source,
    },
  ];
}
