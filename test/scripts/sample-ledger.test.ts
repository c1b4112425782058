import { describe, expect, it } from 'vitest';
import { ANCHOR_CUSTOMERS, generateSampleLedger, sampleLedgerCsv } from '../../scripts/sample/ledger';

describe('sample ledger generator', () => {
  const asOf = '2026-11-22';
  const rows = generateSampleLedger({ asOf });

  it('is deterministic', () => {
    expect(sampleLedgerCsv({ asOf, customers: 50 })).toBe(sampleLedgerCsv({ asOf, customers: 50 }));
  });

  it('has about 2,000 customers and 20,000 invoices in CNY, USD and EUR', () => {
    const customers = new Set(rows.map((r) => r.customer_code));
    const invoices = rows.filter((r) => r.invoice_number);
    expect(customers.size).toBe(2000);
    expect(invoices.length).toBeGreaterThan(17_000);
    expect(invoices.length).toBeLessThan(23_000);
    expect(new Set(invoices.map((r) => r.currency))).toEqual(new Set(['CNY', 'USD', 'EUR']));
  });

  it('gives every customer a unique name, realistic legal forms and contacts on its own domain', () => {
    const names = new Map(rows.map((r) => [r.customer_code, r.customer_name]));
    expect(new Set(names.values()).size).toBe(names.size);
    const all = [...names.values()].join('\n');
    for (const form of ['有限公司', '股份有限公司', 'Co., Ltd.', 'GmbH', 'Inc.']) expect(all).toContain(form);
    for (const r of rows) expect(r.contact_email.endsWith(`@${r.email_domains}`)).toBe(true);
  });

  it('fills every aging bucket and has partial payments, paid invoices and credit notes', () => {
    const days = (r: (typeof rows)[number]) => (Date.parse(asOf) - Date.parse(r.due_date)) / 86_400_000;
    const open = rows.filter((r) => r.invoice_number && Number(r.open_amount) > 0);
    for (const [lo, hi] of [[-1e9, 0], [1, 30], [31, 60], [61, 90], [91, 1e9]] as const) {
      expect(open.filter((r) => days(r) >= lo && days(r) <= hi).length).toBeGreaterThan(100);
    }
    expect(open.filter((r) => r.open_amount !== r.amount).length).toBeGreaterThan(500);
    expect(rows.filter((r) => r.invoice_number && Number(r.open_amount) === 0 && r.paid_date).length).toBeGreaterThan(1000);
    expect(rows.filter((r) => r.kind === 'credit-note').length).toBeGreaterThan(50);
  });

  it('always contains the anchor customers the fixtures show', () => {
    for (const a of ANCHOR_CUSTOMERS) expect(rows.some((r) => r.customer_code === a.code && r.customer_name === a.name)).toBe(true);
  });
});

describe('sample ledger USCCs', () => {
  it('are valid where present', async () => {
    const { isValidUscc } = await import('shared/match');
    const codes = generateSampleLedger({ asOf: '2026-11-22' }).map((r) => r.uscc).filter(Boolean);
    expect(codes.length).toBeGreaterThan(300);
    expect(codes.every(isValidUscc)).toBe(true);
  });
});
