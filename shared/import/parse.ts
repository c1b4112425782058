import { LedgerAssembler } from './assemble';
import { decodeText } from './decode';
import { type SourceTable, readDelimited, sniffDelimiter } from './delimited';
import { mappingProfileKey } from './headers';
import { type ImportState, type PreparedTable, fileIssue, importRows, prepareTable } from './table';
import type { AsyncParseOptions, ColumnMapping, ImportIssue, ParseOptions, ParseResult } from './types';

const DEFAULT_CHUNK = 2000;

export type FileKind = 'xlsx' | 'xls' | 'text';

/** What the bytes are, by their signature (a zip is taken for XLSX), not by the name. */
export function fileKindOf(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'text';
}

export function emptyMapping(): ColumnMapping {
  return { fields: {}, unmapped: [], headerRow: 0, profileKey: mappingProfileKey([]) };
}

/** A result with nothing imported, for files that cannot be read at all. */
export function failedResult(encoding: string, issues: ImportIssue[]): ParseResult {
  return {
    customers: [],
    invoices: [],
    contacts: [],
    crmLinks: [],
    issues,
    mapping: emptyMapping(),
    encoding,
    stats: {
      dataRows: 0,
      imported: 0,
      skipped: 0,
      ignored: 0,
      blankRows: 0,
      customers: 0,
      invoices: 0,
      contacts: 0,
      amountByCurrency: {},
      openByCurrency: {},
    },
  };
}

/**
 * The whole import as steps: each yield is (rows done, rows in total) after a chunk, the return value is the
 * result. Sync callers run it to the end; async callers yield to the event loop between chunks.
 */
export function* ledgerSteps(
  tables: readonly SourceTable[],
  encoding: string,
  options: ParseOptions,
  readIssues: ImportIssue[] = [],
  chunkSize = DEFAULT_CHUNK,
): Generator<[number, number], ParseResult> {
  const issues = [...readIssues];
  const prepared = tables
    .map((t) => prepareTable(t, options, issues, tables.length > 1))
    .filter((p): p is PreparedTable => p !== null);
  // Customer sheets first, so invoice rows find the customers' codes and details already there.
  prepared.sort((a, b) => Number(a.hasInvoices) - Number(b.hasInvoices));
  const state: ImportState = {
    assembler: new LedgerAssembler(),
    issues,
    counts: { dataRows: 0, imported: 0, skipped: 0, ignored: 0, blankRows: 0 },
    assumed: { dollar: false, defaultCurrency: null, issueDate: false },
  };
  const total = prepared.reduce((n, p) => n + p.table.rows.length, 0);
  let before = 0;
  for (const p of prepared) {
    for (const done of importRows(p, state, options, chunkSize)) yield [before + done, total];
    before += p.table.rows.length;
  }
  if (state.assumed.defaultCurrency) issues.push(fileIssue('currency-assumed', { currency: state.assumed.defaultCurrency }, 'warning'));
  if (state.assumed.dollar) issues.push(fileIssue('dollar-assumed', { currency: options.dollarCurrency ?? 'USD' }, 'warning'));
  if (state.assumed.issueDate) issues.push(fileIssue('issue-date-assumed', {}, 'warning'));
  const main = prepared.find((p) => p.hasInvoices) ?? prepared[0];
  if (main?.ctx.amountFromOpen && state.counts.imported > 0) issues.push(fileIssue('amount-from-open', {}, 'warning'));
  // File-level issues first, then by row.
  issues.sort((a, b) => (a.row === 0 ? 0 : 1) - (b.row === 0 ? 0 : 1) || (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row);
  return {
    ...state.assembler.result(),
    issues,
    mapping: main?.mapping ?? emptyMapping(),
    encoding,
    stats: { ...state.counts, ...state.assembler.totals() },
  };
}

function runToEnd(steps: Generator<[number, number], ParseResult>, options: ParseOptions): ParseResult {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value[0], next.value[1]);
  }
}

/** A delimited text (CSV, TSV, semicolon or pipe separated) as a table. */
export function readTextTable(text: string, fileName: string, issues: ImportIssue[]): SourceTable {
  const table = readDelimited(text, sniffDelimiter(text, fileName));
  if (table.unterminatedQuoteLine) {
    issues.push({ ...fileIssue('unterminated-quote', {}, 'warning'), row: table.unterminatedQuoteLine });
  }
  return table;
}

function textTables(bytes: Uint8Array, fileName: string): { tables: SourceTable[]; encoding: string; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const decoded = decodeText(bytes);
  if (decoded.replaced) issues.push(fileIssue('decode-replaced', { encoding: decoded.encoding }, 'warning'));
  if (decoded.text.trim() === '') return { tables: [], encoding: decoded.encoding, issues: [fileIssue('empty-file', {}, 'error')] };
  return { tables: [readTextTable(decoded.text, fileName, issues)], encoding: decoded.encoding, issues };
}

/**
 * Reads a ledger export (CSV/TSV in UTF-8, UTF-16 or GB18030) synchronously. XLSX files need
 * `parseLedgerFileAsync`; here they only produce an issue saying so. Never throws on bad data.
 */
export function parseLedgerFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseResult {
  const kind = fileKindOf(bytes);
  if (kind === 'xlsx') return failedResult('xlsx', [fileIssue('xlsx-needs-async', {}, 'error')]);
  if (kind === 'xls') return failedResult('xls', [fileIssue('xls-unsupported', {}, 'error')]);
  if (bytes.length === 0) return failedResult('utf-8', [fileIssue('empty-file', {}, 'error')]);
  const { tables, encoding, issues } = textTables(bytes, fileName);
  return runToEnd(ledgerSteps(tables, encoding, options, issues), options);
}

/** Imports rows already read into cells (a pasted grid, a worker's table). Row numbers are 1-based positions. */
export function parseLedgerRows(rows: SourceTable['rows'], options: ParseOptions = {}): ParseResult {
  const table: SourceTable = { rows, rowNumbers: rows.map((_, i) => i + 1) };
  return runToEnd(ledgerSteps([table], 'rows', options), options);
}

const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads any supported file (CSV, TSV, XLSX) in chunks, yielding to the event loop between them so a page
 * stays responsive; `onProgress(done, total)` after each chunk. Aborting through `signal` resolves with an
 * "aborted" issue and nothing imported. Never rejects on bad data.
 */
export async function parseLedgerFileAsync(
  bytes: Uint8Array,
  fileName: string,
  options: AsyncParseOptions = {},
): Promise<ParseResult> {
  const kind = fileKindOf(bytes);
  if (kind === 'xls') return failedResult('xls', [fileIssue('xls-unsupported', {}, 'error')]);
  if (bytes.length === 0) return failedResult('utf-8', [fileIssue('empty-file', {}, 'error')]);
  let read: { tables: SourceTable[]; encoding: string; issues: ImportIssue[] };
  if (kind === 'xlsx') {
    const { readXlsxTables } = await import('./xlsx');
    read = await readXlsxTables(bytes);
  } else read = textTables(bytes, fileName);
  const steps = ledgerSteps(read.tables, read.encoding, options, read.issues, options.chunkSize ?? DEFAULT_CHUNK);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value[0], next.value[1]);
    await yieldToLoop();
    if (options.signal?.aborted) return failedResult(read.encoding, [fileIssue('aborted', {}, 'error')]);
  }
}
