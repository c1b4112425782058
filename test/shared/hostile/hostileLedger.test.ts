import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv } from 'shared/export';
import { parseLedgerFile } from 'shared/import';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, XSS, hostileLedgerCsv } from './payloads';

const parse = (csv: string) => parseLedgerFile(new TextEncoder().encode(csv), 'hostile.csv');

describe('hostile ledger: payloads are data, kept verbatim, never interpreted', () => {
  const parsed = parse(hostileLedgerCsv('2026-11-22'));

  it('imports every hostile customer with its name exactly as written', () => {
    const byCode = new Map(parsed.customers.map((c) => [c.code, c.name]));
    for (const [code, name] of Object.entries(HOSTILE_NAMES)) expect(byCode.get(code)).toBe(name);
    expect(byCode.get('H0001')).toBe(XSS.long);
    expect(byCode.get('H0002')).toBe(XSS.styleAttr);
  });

  it('keeps hostile invoice numbers and notes verbatim, and reports the markup e-mail as an issue with its row', () => {
    expect(parsed.invoices.some((i) => i.number.endsWith(XSS.img))).toBe(true);
    expect(parsed.invoices.some((i) => i.number.endsWith(XSS.formula))).toBe(true);
    expect(parsed.contacts.some((c) => (c.email ?? '').includes('<img'))).toBe(false);
    const rows = Papa.parse<Record<string, string>>(hostileLedgerCsv('2026-11-22'), { header: true, skipEmptyLines: true }).data;
    const markupRow = rows.findIndex((r) => r.contact_email?.includes('<img')) + 2;
    expect(parsed.issues.some((i) => i.row === markupRow)).toBe(true);
  });

  it('writes every hostile value to CSV so no cell starts a formula, and reads back the same text after the guard quote', () => {
    const values = Object.values(XSS);
    const csv = toCsv([values]);
    const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data[0]!;
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells.map((c) => (c.startsWith("'") && /^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c))).toEqual(values);
  });

  it('never throws on any mix of payloads in any column', () => {
    const payload = fc.constantFrom(...Object.values(XSS), '', '"', '\r\n', ',');
    fc.assert(
      fc.property(fc.array(fc.array(payload, { minLength: 6, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const csv = Papa.unparse([['customer_code', 'customer_name', 'invoice_number', 'due_date', 'currency', 'amount'], ...rows]);
        const result = parse(csv);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
