import type { LedgerAssembler } from './assemble';
import { type DecimalSeparator, separatorEvidence } from './amounts';
import { type DateOrder, dateOrderEvidence, parseDateCell } from './dates';
import type { SourceTable } from './delimited';
import { buildMapping, findHeaderRow, overrideHeaderKeys } from './headers';
import { type IssueCode, issueMessage } from './messages';
import { type RowContext, hasInvoiceData, validateRecord } from './row';
import { isBlankRow, isFooterRow, isTotalsRow } from './rowKinds';
import { isVoidStatus } from './fields';
import { cellText, customerNameKey } from './text';
import type { CanonicalField, Cell, ColumnMapping, ImportIssue, ParseOptions, RawRecord } from './types';

/** Counters and once-per-file assumptions shared by every table of one import. */
export interface ImportState {
  assembler: LedgerAssembler;
  issues: ImportIssue[];
  counts: { dataRows: number; imported: number; skipped: number; ignored: number; blankRows: number };
  assumed: { dollar: boolean; defaultCurrency: string | null; issueDate: boolean };
}

export interface PreparedTable {
  table: SourceTable;
  mapping: ColumnMapping;
  /** Index of the first row below the header. */
  dataStart: number;
  columns: [CanonicalField, number][];
  ctx: RowContext;
  /** The table describes invoices (not only customers). */
  hasInvoices: boolean;
}

const DATE_FIELDS: readonly CanonicalField[] = ['issue_date', 'due_date', 'paid_date'];
const AMOUNT_FIELDS: readonly CanonicalField[] = ['amount', 'open_amount', 'paid_amount', 'credit_limit'];
const INVOICE_COLUMNS: readonly CanonicalField[] = ['invoice_number', 'due_date', 'amount', 'open_amount', 'issue_date'];

export function fileIssue(code: IssueCode, params: Record<string, string | number>, severity: 'error' | 'warning', sheet?: string): ImportIssue {
  return { row: 0, ...(sheet !== undefined ? { sheet } : {}), code, message: issueMessage(code, params), severity };
}

function recordOf(row: readonly Cell[], columns: [CanonicalField, number][]): RawRecord {
  const record: RawRecord = {};
  for (const [field, index] of columns) record[field] = row[index];
  return record;
}

/**
 * Finds the header, maps the columns, checks the required ones and settles what the rows cannot say one by
 * one: date order, decimal separator, customer codes behind names. Null (with issues) when the table cannot be read.
 */
export function prepareTable(
  table: SourceTable,
  options: ParseOptions,
  issues: ImportIssue[],
  severalSheets: boolean,
): PreparedTable | null {
  const sheet = table.sheet;
  const knownIndex =
    table.headerIndex ?? (options.headerRow !== undefined ? table.rowNumbers.indexOf(options.headerRow) : undefined);
  const header = findHeaderRow(table.rows, knownIndex, overrideHeaderKeys(options.mapping));
  if (!header) {
    if (severalSheets) {
      issues.push(fileIssue('sheet-skipped', { sheet: sheet ?? '' }, 'warning', sheet));
      return null;
    }
    issues.push(fileIssue('no-header', {}, 'error', sheet));
    // Offer the first filled row's texts as columns, so the user can map them by hand and import again.
    const first = table.rows.findIndex((row) => !isBlankRow(row));
    const texts = first >= 0 ? (table.rows[first] ?? []).map(cellText) : [];
    const mapping = buildMapping(texts, table.rowNumbers[first] ?? 0, undefined, [], sheet);
    mapping.fields = {};
    mapping.unmapped = texts.map((text, index) => ({ index, header: text })).filter((m) => m.header !== '');
    return { table, mapping, dataStart: table.rows.length, columns: [], ctx: contextFor(mapping, null, null, options, new Map()), hasInvoices: false };
  }
  const mapping = buildMapping(header.headers, table.rowNumbers[header.index] ?? header.index + 1, options.mapping, issues, sheet);
  const f = mapping.fields;
  const missing: CanonicalField[] = [];
  if (!f.customer_name && !f.customer_code) missing.push('customer_name');
  const hasInvoices = INVOICE_COLUMNS.some((field) => f[field]);
  if (hasInvoices) {
    if (!f.invoice_number) missing.push('invoice_number');
    if (!f.due_date) missing.push('due_date');
    if (!f.amount && !f.open_amount) missing.push('amount');
  }
  if (missing.length > 0) {
    for (const field of missing) issues.push(fileIssue('missing-column', { field }, 'error', sheet));
    return { table, mapping, dataStart: table.rows.length, columns: [], ctx: contextFor(mapping, null, null, options, new Map()), hasInvoices };
  }
  const columns = Object.entries(f).map(([field, m]) => [field, m.index] as [CanonicalField, number]);
  const dataStart = header.index + 1;
  const rows = table.rows;
  let dmy = 0;
  let mdy = 0;
  let ambiguousExample: string | null = null;
  let commas = 0;
  let dots = 0;
  const codeForName = new Map<string, string>();
  const dateIdx = DATE_FIELDS.flatMap((field) => (f[field] ? [f[field].index] : []));
  const amountIdx = AMOUNT_FIELDS.flatMap((field) => (f[field] ? [f[field].index] : []));
  for (let i = dataStart; i < rows.length; i++) {
    const row = rows[i] ?? [];
    for (const c of dateIdx) {
      const cell = row[c];
      if (typeof cell !== 'string') continue;
      const e = dateOrderEvidence(cell);
      if (e === 'DMY') dmy++;
      else if (e === 'MDY') mdy++;
      else if (e === 'ambiguous') ambiguousExample ??= cell.trim();
    }
    for (const c of amountIdx) {
      const cell = row[c];
      if (typeof cell !== 'string') continue;
      const e = separatorEvidence(cell);
      if (e === ',') commas++;
      else if (e === '.') dots++;
    }
    if (f.customer_code && f.customer_name) {
      const code = cellText(row[f.customer_code.index]);
      const name = cellText(row[f.customer_name.index]);
      if (code !== '' && name !== '') {
        const key = customerNameKey(name);
        if (!codeForName.has(key)) codeForName.set(key, code);
      }
    }
  }
  const dateOrder: DateOrder | null = options.dateOrder ?? (dmy > 0 && mdy === 0 ? 'DMY' : mdy > 0 && dmy === 0 ? 'MDY' : null);
  if (!dateOrder && ambiguousExample) issues.push(fileIssue('ambiguous-date-order', { example: ambiguousExample }, 'error', sheet));
  const separator: DecimalSeparator | null = options.decimalSeparator ?? (commas > dots ? ',' : dots > 0 ? '.' : null);
  return { table, mapping, dataStart, columns, ctx: contextFor(mapping, dateOrder, separator, options, codeForName), hasInvoices };
}

function contextFor(
  mapping: ColumnMapping,
  dateOrder: DateOrder | null,
  decimalSeparator: DecimalSeparator | null,
  options: ParseOptions,
  codeForName: Map<string, string>,
): RowContext {
  const f = mapping.fields;
  return {
    dateOrder,
    decimalSeparator,
    // Without a currency column, rows fall back to the configured currency, else CNY (reported).
    defaultCurrency: options.defaultCurrency ?? (f.currency ? null : 'CNY'),
    dollarCurrency: options.dollarCurrency ?? 'USD',
    ...(options.crmSystem ? { crmSystem: options.crmSystem } : {}),
    amountFromOpen: !f.amount && !!f.open_amount,
    columnOf: (field) => f[field]?.header,
    codeForName: (name) => (codeForName.size === 0 ? undefined : codeForName.get(customerNameKey(name))),
  };
}

/** Columns whose lone value is real ledger data (an incomplete row to report), never a group label. */
const DATA_COLUMNS: readonly CanonicalField[] = [
  'customer_name',
  'customer_code',
  'invoice_number',
  'amount',
  'open_amount',
  'paid_amount',
  'credit_limit',
  'due_date',
  'paid_date',
  'currency',
];

/**
 * A lone label in an invoice table ("Current", "1 - 30 days past due", a Xero contact heading in the date
 * column): one filled cell, outside the data columns, and not a date when it sits in the invoice-date column.
 */
function isGroupLabel(cells: readonly Cell[], f: ColumnMapping['fields']): boolean {
  let filled = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cellText(cells[i]) === '') continue;
    if (filled >= 0) return false;
    filled = i;
  }
  if (DATA_COLUMNS.some((field) => f[field]?.index === filled)) return false;
  return !(f.issue_date?.index === filled && parseDateCell(cells[filled], null).ok);
}

/** Validates and collects the rows of a prepared table, yielding the number of rows done after each chunk. */
export function* importRows(p: PreparedTable, state: ImportState, options: ParseOptions, chunkSize: number): Generator<number, void> {
  const { table, columns, ctx } = p;
  const sheet = table.sheet;
  const f = p.mapping.fields;
  const noteIndex = f.note?.index;
  const numberIndex = f.invoice_number?.index;
  const statusIndex = f.status?.index;
  const { counts, issues } = state;
  const ignore = (code: IssueCode, row: number, params: Record<string, string> = {}) => {
    counts.ignored++;
    issues.push({ row, ...(sheet !== undefined ? { sheet } : {}), code, message: issueMessage(code, params), severity: 'warning' });
  };
  let sinceYield = 0;
  for (let i = p.dataStart; i < table.rows.length; i++) {
    if (++sinceYield >= chunkSize) {
      sinceYield = 0;
      yield i;
    }
    const cells = table.rows[i] ?? [];
    const rowNumber = table.rowNumbers[i] ?? i + 1;
    if (isBlankRow(cells)) {
      counts.blankRows++;
      continue;
    }
    counts.dataRows++;
    if (isTotalsRow(cells, noteIndex, numberIndex)) {
      ignore('totals-row', rowNumber);
      continue;
    }
    if (isFooterRow(cells)) {
      ignore('footer-row', rowNumber);
      continue;
    }
    const record = recordOf(cells, columns);
    if (columns.every(([field]) => cellText(record[field]) === '') || (p.hasInvoices && isGroupLabel(cells, f))) {
      ignore('section-row', rowNumber);
      continue;
    }
    if (statusIndex !== undefined && isVoidStatus(cellText(cells[statusIndex]))) {
      ignore('void-row', rowNumber, { value: cellText(cells[numberIndex ?? statusIndex]) });
      continue;
    }
    const outcome = validateRecord(record, ctx, rowNumber, sheet);
    for (const issue of outcome.issues) issues.push(issue);
    if (outcome.row && state.assembler.add(outcome.row, rowNumber, sheet, issues)) {
      counts.imported++;
      if (outcome.assumptions.dollar && !options.dollarCurrency) state.assumed.dollar = true;
      if (outcome.assumptions.defaultCurrency && !options.defaultCurrency && outcome.row.invoice)
        state.assumed.defaultCurrency = outcome.row.invoice.currency;
      if (outcome.assumptions.issueDateFromDue && !f.issue_date && hasInvoiceData(record)) state.assumed.issueDate = true;
    } else counts.skipped++;
  }
  yield table.rows.length;
}
