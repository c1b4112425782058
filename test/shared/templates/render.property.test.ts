import fc from 'fast-check';
import { BUILTIN_TEMPLATES, type ReminderVariables, renderTemplate, type TemplateInvoice } from 'shared/templates';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = /undefined|null|NaN|\[object Object\]/;

// Text that itself never contains a forbidden word, so any that shows up came from the renderer.
const word = fc.string({ maxLength: 12 }).filter((s) => !FORBIDDEN.test(s));
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map(
  (d) => d.toISOString().slice(0, 10),
);
const currency = fc.constantFrom('CNY', 'USD', 'EUR', 'JPY', 'KWD');
const minor = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const invoice: fc.Arbitrary<TemplateInvoice> = fc.record(
  {
    number: word,
    issueDate: date,
    dueDate: date,
    currency,
    amount: minor,
    openAmount: minor,
    disputed: fc.boolean(),
  },
  { requiredKeys: ['number', 'issueDate', 'dueDate', 'currency', 'amount', 'openAmount'] },
);
const money = fc.record({ amount: minor, currency });

const variables: fc.Arbitrary<ReminderVariables> = fc.record(
  {
    asOf: date,
    customer: fc.record({ name: word, code: word, tier: fc.constantFrom('A', 'B', 'C', 'D') }, { requiredKeys: ['name'] }),
    contact: fc.record({ name: word, title: word }, { requiredKeys: ['name'] }),
    sender: fc.record({ name: word, title: word, phone: word, email: word }, { requiredKeys: ['name'] }),
    creditor: fc.record({ company: word, contactName: word, phone: word, email: word, address: word }, { requiredKeys: ['company'] }),
    invoices: fc.array(invoice, { maxLength: 4 }),
    paymentInstructions: word,
    disputeInstructions: word,
    optOut: word,
    promise: fc.record({ date, amount: money }, { requiredKeys: ['date'] }),
    payment: fc.record({ date, amount: money }),
    period: fc.record({ from: date, to: date }),
  },
  { requiredKeys: ['asOf', 'customer', 'invoices'] },
);

const fullVariables: fc.Arbitrary<ReminderVariables> = fc
  .tuple(variables, fc.array(invoice, { minLength: 1, maxLength: 4 }), word, word)
  .map(([v, invoices, name, company]) => ({
    ...v,
    paymentInstructions: `Bank transfer ${name}`,
    disputeInstructions: `Reply ${company}`,
    optOut: 'Reply STOP',
    promise: { date: v.asOf },
    payment: { date: v.asOf, amount: { amount: 1, currency: 'CNY' } },
    // After every generated due date, so "days overdue" exists; every invoice still open.
    asOf: '2031-01-01',
    // Prefixes end in a hyphen so they can never join a generated word into "NaN" or "null".
    customer: { ...v.customer, name: `N-${name}` },
    invoices: invoices.map((inv) => ({ ...inv, number: `INV${inv.number}`, openAmount: inv.openAmount || 1 })),
    contact: { name: `C-${name}` },
    sender: { name: `S-${name}` },
    creditor: { company: `Co${company}`, email: 'ar@example.com', phone: '021-5555-0100' },
  }));

describe('rendering random variable sets', () => {
  it('renders every built-in template when all variables are present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_TEMPLATES), fullVariables, (template, vars) => {
        const result = renderTemplate(template, vars);
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) expect(result.value.text).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 300 },
    );
  });

  it('never writes undefined, null or NaN: it either renders cleanly or names what is missing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_TEMPLATES), variables, (template, vars) => {
        const result = renderTemplate(template, vars);
        if (result.ok) {
          const { text, html, subject } = result.value;
          expect(text).not.toMatch(FORBIDDEN);
          expect(html ?? '').not.toMatch(FORBIDDEN);
          expect(subject ?? '').not.toMatch(FORBIDDEN);
          expect(subject ?? '').not.toMatch(/[\r\n]/);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(e.code).toBe('missing-variable');
            expect(e.variable).toMatch(/^[A-Za-z.]+$/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
