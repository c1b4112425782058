import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from 'shared/dates';
import { type ParseResult, parseLedgerFile } from 'shared/import';
import { minorToDecimal } from 'shared/money';
import { encodeGbk } from './ledgerFixtures';

const IGNORED = new Set(['totals-row', 'footer-row', 'section-row', 'void-row']);

/** What must hold for any input: nothing thrown, every row imported whole or reported, the output consistent. */
function checkInvariants(r: ParseResult): void {
  const { stats } = r;
  expect(stats.dataRows).toBe(stats.imported + stats.skipped + stats.ignored);
  const errorRows = new Set(r.issues.filter((i) => i.row > 0 && i.severity === 'error').map((i) => `${i.sheet}|${i.row}`));
  expect(errorRows.size).toBe(stats.skipped);
  expect(r.issues.filter((i) => IGNORED.has(i.code)).length).toBe(stats.ignored);
  for (const issue of r.issues) {
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.zh_CN.length).toBeGreaterThan(0);
    expect(Number.isInteger(issue.row) && issue.row >= 0).toBe(true);
  }
  const customers = new Set(r.customers.map((c) => c.id));
  expect(customers.size).toBe(r.customers.length);
  for (const inv of r.invoices) {
    expect(customers.has(inv.customerId)).toBe(true);
    expect(Number.isSafeInteger(inv.amount) && Number.isSafeInteger(inv.openAmount)).toBe(true);
    expect(Math.abs(inv.openAmount)).toBeLessThanOrEqual(Math.abs(inv.amount));
    expect(isIsoDate(inv.dueDate) && isIsoDate(inv.issueDate)).toBe(true);
    expect(inv.currency).toMatch(/^[A-Z]{3}$/);
    expect(inv.number).not.toBe('');
  }
  expect(new Set(r.invoices.map((i) => i.id)).size).toBe(r.invoices.length);
  for (const c of r.contacts) expect(customers.has(c.customerId)).toBe(true);
  for (const l of r.crmLinks) expect(customers.has(l.customerId)).toBe(true);
}

const HEADER = ['customer_name', 'invoice_number', 'due_date', 'currency', 'amount', 'open_amount', 'contact_email', 'note'];

const NAMES = ['上海甲有限公司', 'Acme, Inc.', 'He said "hi" Ltd', '北京乙\n科技', 'Zeta GmbH', '广州丙贸易'];

interface GenRow {
  name: string;
  due: string;
  currency: 'CNY' | 'USD' | 'JPY';
  amount: number;
  openShare: number;
  note: string;
}

const rowArb: fc.Arbitrary<GenRow> = fc.record({
  name: fc.constantFrom(...NAMES),
  due: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  currency: fc.constantFrom('CNY', 'USD', 'JPY'),
  amount: fc.integer({ min: -1e9, max: 1e9 }),
  openShare: fc.integer({ min: 0, max: 100 }),
  note: fc.string({ maxLength: 12 }),
});

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function toCsv(rows: GenRow[], order: number[] = HEADER.map((_, i) => i)): string {
  const lines = [order.map((i) => HEADER[i] ?? '').join(',')];
  rows.forEach((r, n) => {
    const open = Math.trunc((r.amount * r.openShare) / 100);
    const cells = [
      r.name,
      `INV-${n}`,
      r.due,
      r.currency,
      minorToDecimal(r.amount, r.currency),
      minorToDecimal(open, r.currency),
      `ap${n % 3}@example.cn`,
      // Notes cannot look like totals labels ("Total …") or the row would rightly be skipped.
      r.note.replace(/^\s*(total|sub|grand|合|小|总|累|本)/i, 'x'),
    ];
    lines.push(order.map((i) => quote(cells[i] ?? '')).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** The part of a result that must not depend on byte encoding or column order. */
const ledger = (r: ParseResult) => ({ customers: r.customers, invoices: r.invoices, contacts: r.contacts, issues: r.issues });

// Generous timeout: these run many imports and the suite shares the machine.
describe('importer fuzz', { timeout: 60_000 }, () => {
  it('never throws on random bytes and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.csv', 'a.tsv', 'a.txt'), (bytes, name) => {
        checkInvariants(parseLedgerFile(bytes, name));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text shaped like a ledger', () => {
    const cell = fc.oneof(
      fc.constantFrom('', '合计', 'Total', '"', '""', '\n', '2025-02-30', '09/11/2025', '¥1,234.50', '(5)', 'USD', 'XYZ', '是', 'credit note'),
      fc.string({ maxLength: 8 }),
      fc.integer().map(String),
    );
    const line = fc
      .tuple(fc.array(cell, { maxLength: 10 }), fc.constantFrom(',', '\t', ';'))
      .map(([cells, delimiter]) => cells.join(delimiter));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        checkInvariants(parseLedgerFile(utf8([HEADER.join(','), ...lines].join('\n')), 'x.csv'));
      }),
      { numRuns: 300 },
    );
  });

  it('imports every generated row exactly', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), (rows) => {
        const r = parseLedgerFile(utf8(toCsv(rows)), 'gen.csv');
        checkInvariants(r);
        expect(r.issues.map((i) => i.code)).toEqual(['issue-date-assumed']);
        expect(r.invoices.map((i) => i.amount)).toEqual(rows.map((g) => g.amount));
        expect(r.invoices.map((i) => i.currency)).toEqual(rows.map((g) => g.currency));
        expect(r.invoices.map((i) => i.dueDate)).toEqual(rows.map((g) => g.due));
      }),
      { numRuns: 150 },
    );
  });

  it('column order and byte encoding do not change what is imported', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 15 }),
        fc.shuffledSubarray(
          HEADER.map((_, i) => i),
          { minLength: HEADER.length, maxLength: HEADER.length },
        ),
        (rows, order) => {
          const plain = parseLedgerFile(utf8(toCsv(rows)), 'a.csv');
          const text = toCsv(rows, order);
          for (const bytes of [utf8(text), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), utf16le(text), encodeGbk(text)]) {
            const r = parseLedgerFile(bytes, 'b.csv');
            expect(ledger(r)).toEqual(ledger(plain));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('truncated, quote-injected and mixed-encoding files still import whole rows or report them', () => {
    type Edit = (b: Uint8Array) => Uint8Array;
    const mangle: fc.Arbitrary<Edit> = fc.oneof<fc.Arbitrary<Edit>[]>(
      fc.nat().map((n) => (b: Uint8Array) => b.slice(0, n % (b.length + 1))),
      fc.tuple(fc.nat(), fc.constantFrom('"', '\n', '\r', ',', '""', '"\n"')).map(
        ([n, s]) =>
          (b: Uint8Array) => {
            const at = n % (b.length + 1);
            return new Uint8Array([...b.slice(0, at), ...utf8(s), ...b.slice(at)]);
          },
      ),
      fc.nat().map((n) => (b: Uint8Array) => {
        // Second half re-encoded as GBK: a file pasted together from two sources.
        const text = new TextDecoder().decode(b);
        const at = n % (text.length + 1);
        try {
          return new Uint8Array([...utf8(text.slice(0, at)), ...encodeGbk(text.slice(at))]);
        } catch {
          return b;
        }
      }),
    );
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 15 }), fc.array(mangle, { minLength: 1, maxLength: 3 }), (rows, edits) => {
        const bytes = edits.reduce<Uint8Array>((b, edit) => edit(b), utf8(toCsv(rows)));
        checkInvariants(parseLedgerFile(bytes, 'm.csv'));
      }),
      { numRuns: 300 },
    );
  });
});
