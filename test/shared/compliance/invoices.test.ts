import { CN_PACK } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { account, draft, evaluate, ruleIds } from './helpers';

// draft() is sent on 2026-03-10 in Asia/Shanghai.
const withInvoice = (inv: Record<string, unknown>) =>
  draft({ account: account({ invoices: [{ id: 'i1', number: 'INV-2026-0412', openAmount: 8_650_000, ...inv }] }) });

describe('invoice state and ledger freshness', () => {
  it('blocks a reminder on a paid invoice (flag or zero open amount)', () => {
    expect(ruleIds(evaluate(withInvoice({ paid: true }), [], CN_PACK).findings)).toEqual(['invoice.paid']);
    expect(ruleIds(evaluate(withInvoice({ openAmount: 0 }), [], CN_PACK).findings)).toEqual(['invoice.paid']);
  });

  it('blocks a disputed invoice', () => {
    const v = evaluate(withInvoice({ disputed: true }), [], CN_PACK);
    expect(v.decision).toBe('block');
    expect(ruleIds(v.findings)).toEqual(['invoice.disputed']);
  });

  it('blocks while a promise to pay is unexpired, including its last day', () => {
    expect(ruleIds(evaluate(withInvoice({ promiseToPayUntil: '2026-03-12' }), [], CN_PACK).findings)).toEqual([
      'invoice.promise-to-pay',
    ]);
    expect(evaluate(withInvoice({ promiseToPayUntil: '2026-03-10' }), [], CN_PACK).decision).toBe('block');
  });

  it('does not block once the promise has expired', () => {
    const v = evaluate(withInvoice({ promiseToPayUntil: '2026-03-09' }), [], CN_PACK);
    expect(v.decision).toBe('allow');
    expect(v.findings).toEqual([]);
  });

  it('lets a promise confirmation name the promised invoice, and only a demand is held by the promise', () => {
    const promised = withInvoice({ promiseToPayUntil: '2026-03-12' });
    expect(evaluate({ ...promised, purpose: 'promise-confirmation' }, [], CN_PACK).decision).toBe('allow');
    expect(evaluate({ ...promised, purpose: 'demand' }, [], CN_PACK).decision).toBe('block');
  });

  it('lets a thank-you or a statement name a paid invoice, but never a disputed one silently', () => {
    const paid = withInvoice({ paid: true });
    expect(evaluate({ ...paid, purpose: 'thanks' }, [], CN_PACK).decision).toBe('allow');
    expect(evaluate({ ...paid, purpose: 'statement' }, [], CN_PACK).decision).toBe('allow');
    expect(evaluate({ ...paid, purpose: 'promise-confirmation' }, [], CN_PACK).decision).toBe('block');
    expect(ruleIds(evaluate({ ...withInvoice({ disputed: true }), purpose: 'thanks' }, [], CN_PACK).findings)).toEqual(['invoice.disputed']);
  });

  it('warns when the ledger is older than the configured age, or of unknown age', () => {
    const stale = evaluate(draft({ account: account({ ledgerAsOf: '2026-03-06' }) }), [], CN_PACK);
    expect(stale.decision).toBe('warn');
    expect(ruleIds(stale.findings)).toEqual(['ledger.stale']);
    expect(evaluate(draft({ account: account({ ledgerAsOf: '2026-03-07' }) }), [], CN_PACK).decision).toBe('allow');
    expect(ruleIds(evaluate(draft({ account: account({ ledgerAsOf: undefined }) }), [], CN_PACK).findings)).toEqual([
      'ledger.stale',
    ]);
  });

  it('gives no nextAllowedAt when a non-time rule blocks, even if time also blocks', () => {
    const v = evaluate({ ...withInvoice({ disputed: true }), at: draft().at + 12 * 3_600_000 }, [], CN_PACK);
    expect(ruleIds(v.findings)).toEqual(['invoice.disputed', 'send-window.hours']);
    expect(v.nextAllowedAt).toBeUndefined();
  });
});
