import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_STATUS_LABELS,
  type CreditStatus,
  creditReasonMessage,
  creditStatus,
  limitStatus,
  utilisationBps,
} from 'shared/credit';
import { creditNote, invoice } from '../aging/invoiceFactory';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const open = (amount: number, currency = 'CNY') => invoice({ dueDate: '2026-02-01', openAmount: amount, currency });

describe('creditStatus', () => {
  it('is near exactly at 80 % and ok just below', () => {
    const at = creditStatus({ asOf: '2026-03-01', limit: cny(1000_00), invoices: [open(800_00)] });
    expect(at).toMatchObject({ status: 'near', utilisationBps: 8000, available: 200_00 });
    expect(at.reasons[0]).toEqual({
      code: 'near-limit',
      params: { currency: 'CNY', exposure: 800_00, limit: 1000_00, utilisationBps: 8000, thresholdBps: 8000 },
    });
    const below = creditStatus({ asOf: '2026-03-01', limit: cny(1000_00), invoices: [open(799_99)] });
    expect(below).toMatchObject({ status: 'ok', utilisationBps: 7999 });
    expect(below.reasons[0]!.code).toBe('within-limit');
  });

  it('takes a configurable threshold', () => {
    const s = creditStatus({ asOf: '2026-03-01', limit: cny(1000), invoices: [open(850)], nearThresholdBps: 9000 });
    expect(s.status).toBe('ok');
  });

  it('is near at exactly the limit and over one minor unit above it', () => {
    expect(creditStatus({ asOf: '2026-03-01', limit: cny(1000), invoices: [open(1000)] }).status).toBe('near');
    const over = creditStatus({ asOf: '2026-03-01', limit: cny(1000), invoices: [open(1001)] });
    expect(over).toMatchObject({ status: 'over', available: -1 });
    expect(over.reasons[0]).toMatchObject({ code: 'over-limit', params: { excess: 1 } });
  });

  it('adds open orders and nets credit notes; disputed invoices still count', () => {
    const s = creditStatus({
      asOf: '2026-03-01',
      limit: cny(1000),
      invoices: [
        open(500),
        creditNote({ dueDate: '2026-01-01', openAmount: -200 }),
        invoice({ dueDate: '2026-01-01', openAmount: 100, disputed: true }),
      ],
      openOrders: [cny(300), { amount: 7, currency: 'USD' }],
    });
    expect(s.exposure).toEqual({ receivables: 400, openOrders: 300, converted: 0, total: 700 });
    expect(s.otherCurrencies).toEqual([{ currency: 'USD', receivables: 0, openOrders: 7 }]);
  });

  it('lists other currencies apart unless a rate table is given', () => {
    const invoices = [open(500_00), open(100_00, 'USD'), open(10_000, 'JPY')];
    const apart = creditStatus({ asOf: '2026-03-01', limit: cny(1000_00), invoices });
    expect(apart.exposure.total).toBe(500_00);
    expect(apart.otherCurrencies.map((e) => e.currency)).toEqual(['JPY', 'USD']);
    expect(apart.reasons.map((r) => r.code)).toEqual(['within-limit', 'other-currencies']);
    expect(apart.conversion).toBeNull();

    const rates = { base: 'USD', rates: { CNY: '0.14', JPY: '0.0066' }, asOf: '2026-02-28', source: 'bank' };
    const conv = creditStatus({ asOf: '2026-03-01', limit: cny(1000_00), invoices, rates });
    // USD→CNY = 1/0.14; 100 USD = 714.2857… CNY → 714.29; ¥10,000 × 0.0066/0.14 = 471.428… → 471.43
    expect(conv.exposure).toEqual({ receivables: 500_00, openOrders: 0, converted: 714_29 + 471_43, total: 1685_72 });
    expect(conv.status).toBe('over');
    expect(conv.otherCurrencies).toEqual([]);
    expect(conv.conversion).toMatchObject({ base: 'CNY', ratesAsOf: '2026-02-28', ratesSource: 'bank' });
    expect(conv.conversion!.rates).toEqual([
      { currency: 'JPY', rate: '33/700' },
      { currency: 'USD', rate: '50/7' },
    ]);

    const partial = creditStatus({
      asOf: '2026-03-01',
      limit: cny(1000_00),
      invoices,
      rates: { ...rates, rates: { CNY: '0.14' } },
    });
    expect(partial.otherCurrencies.map((e) => e.currency)).toEqual(['JPY']);
    expect(partial.reasons.map((r) => r.code)).toContain('missing-rate');
  });

  it('uses a temporary limit up to and including its expiry day, then the permanent one', () => {
    const input = {
      limit: cny(1000),
      temporaryLimit: { limit: cny(2000), expiresOn: '2026-03-31', reason: 'season' },
      invoices: [open(1500)],
    };
    const on = creditStatus({ ...input, asOf: '2026-03-31' });
    expect(on).toMatchObject({ limit: 2000, limitSource: 'temporary', status: 'ok', utilisationBps: 7500 });
    expect(on.temporaryLimit).toMatchObject({ inForce: true });
    expect(on.reasons.map((r) => r.code)).toContain('temporary-limit');
    const after = creditStatus({ ...input, asOf: '2026-04-01' });
    expect(after).toMatchObject({ limit: 1000, limitSource: 'permanent', status: 'over' });
    expect(after.reasons.map((r) => r.code)).toContain('temporary-limit-expired');
  });

  it('puts hold above everything, and reports no limit as ok with a reason', () => {
    const hold = creditStatus({ asOf: '2026-03-01', limit: cny(1000), invoices: [open(10)], onHold: true });
    expect(hold.status).toBe('hold');
    expect(hold.reasons.map((r) => r.code)).toEqual(['on-hold', 'within-limit']);
    const none = creditStatus({ asOf: '2026-03-01', invoices: [open(10), open(5, 'JPY')] });
    expect(none).toMatchObject({ status: 'ok', limit: null, currency: null, utilisationBps: null, available: null });
    expect(none.otherCurrencies.map((e) => [e.currency, e.receivables])).toEqual([
      ['CNY', 10],
      ['JPY', 5],
    ]);
  });

  it('handles a JPY limit and a customer with only credit notes', () => {
    const s = creditStatus({
      asOf: '2026-03-01',
      limit: { amount: 1_000_000, currency: 'JPY' },
      invoices: [creditNote({ dueDate: '2026-01-01', openAmount: -5000, currency: 'JPY' })],
    });
    expect(s).toMatchObject({ status: 'ok', available: 1_005_000, utilisationBps: -50 });
    expect(creditReasonMessage(s.reasons[0]!).en).toBe('¥1,005,000 of the limit is available.');
  });

  it('treats a zero limit as over as soon as anything is exposed', () => {
    expect(limitStatus(0, 0, 8000)).toBe('ok');
    expect(limitStatus(1, 0, 8000)).toBe('over');
    expect(utilisationBps(1, 0)).toBeNull();
    expect(utilisationBps(9e15, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(limitStatus(9e15, 1, 8000)).toBe('over');
  });

  it('gives every reason a message in both languages', () => {
    const all = [
      creditStatus({
        asOf: '2026-03-01',
        limit: cny(100),
        invoices: [open(101), open(1, 'USD')],
        onHold: true,
        temporaryLimit: { limit: cny(1), expiresOn: '2026-01-01' },
      }),
      creditStatus({
        asOf: '2026-03-01',
        limit: cny(100),
        invoices: [open(90), open(1, 'USD'), open(1, 'EUR')],
        rates: { base: 'CNY', rates: { USD: '7' }, asOf: '2026-03-01', source: 'x' },
        temporaryLimit: { limit: cny(100), expiresOn: '2026-12-01' },
      }),
      creditStatus({ asOf: '2026-03-01', invoices: [] }),
      creditStatus({ asOf: '2026-03-01', limit: cny(100), invoices: [open(1)] }),
    ].flatMap((v) => v.reasons);
    expect(new Set(all.map((r) => r.code)).size).toBe(10);
    for (const r of all) {
      const m = creditReasonMessage(r);
      expect(m.en).not.toMatch(/undefined|NaN/);
      expect(m.zh_CN).toMatch(/\p{Script=Han}/u);
    }
    expect(
      creditReasonMessage({
        code: 'over-limit',
        params: { currency: 'CNY', exposure: 1200_00, limit: 1000_00, excess: 200_00 },
      }),
    ).toEqual({
      en: 'Exposure CN¥1,200.00 exceeds the limit CN¥1,000.00 by CN¥200.00.',
      zh_CN: '信用敞口 ¥1,200.00 超出额度 ¥1,000.00，超出 ¥200.00。',
    });
    expect(CREDIT_STATUS_LABELS.near.zh_CN).toBe('接近额度');
  });
});

describe('credit status properties', () => {
  const rank: Record<CreditStatus, number> = { ok: 0, near: 1, over: 2, hold: 3 };

  it('is monotonic in exposure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (limit, exposure, more, threshold, onHold) => {
          const at = (e: number) =>
            creditStatus({
              asOf: '2026-03-01',
              limit: cny(limit),
              invoices: [open(e)],
              nearThresholdBps: threshold,
              onHold,
            }).status;
          expect(rank[at(exposure + more)]).toBeGreaterThanOrEqual(rank[at(exposure)]);
        },
      ),
    );
  });

  it('agrees with exact utilisation: near ⇔ limit > 0, exposure ≤ limit and bps ≥ threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (limit, exposure) => {
        const bps = utilisationBps(exposure, limit)!;
        fc.pre(Math.abs(bps) < Number.MAX_SAFE_INTEGER);
        expect(limitStatus(exposure, limit, 8000) === 'near').toBe(exposure <= limit && bps >= 8000);
        // bps is the floor: bps × limit ≤ exposure × 10000 < (bps + 1) × limit.
        const scaled = BigInt(exposure) * 10_000n;
        expect(BigInt(bps) * BigInt(limit) <= scaled && scaled < BigInt(bps + 1) * BigInt(limit)).toBe(true);
      }),
    );
  });
});
