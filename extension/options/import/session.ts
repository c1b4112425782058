import { type ArLensDb, importLedger, loadMappingProfile } from 'shared/db';
import { type MappingOverride, type ParseResult, mappingProfileKey } from 'shared/import';
import { decodeText } from 'shared/import/decode';
import type { SourceTable } from 'shared/import/delimited';
import { findHeaderRow } from 'shared/import/headers';
import { failedResult, fileKindOf, ledgerSteps, readTextTable } from 'shared/import/parse';
import { fileIssue } from 'shared/import/table';
import { cellText } from 'shared/import/text';
import { writeSnapshot } from 'shared/db/snapshotRepo';
import { todayIso } from '../../lib/today';
import type { ImportIssue } from 'shared/import';
import type { ParseChoices, Review, WorkerEvent } from './workerProtocol';

const PREVIEW_ROWS = 8;
/** Rows validated between two progress reports. */
const CHUNK = 5000;

interface ReadFile {
  fileName: string;
  tables: SourceTable[];
  encoding: string;
  issues: ImportIssue[];
}

async function readTables(bytes: Uint8Array, fileName: string): Promise<ReadFile> {
  const kind = fileKindOf(bytes);
  if (kind === 'xls') return { fileName, tables: [], encoding: 'xls', issues: [fileIssue('xls-unsupported', {}, 'error')] };
  if (bytes.length === 0) return { fileName, tables: [], encoding: 'utf-8', issues: [fileIssue('empty-file', {}, 'error')] };
  if (kind === 'xlsx') {
    const { readXlsxTables } = await import('shared/import/xlsx');
    return { fileName, ...(await readXlsxTables(bytes)) };
  }
  const issues: ImportIssue[] = [];
  const decoded = decodeText(bytes);
  if (decoded.replaced) issues.push(fileIssue('decode-replaced', { encoding: decoded.encoding }, 'warning'));
  if (decoded.text.trim() === '') return { fileName, tables: [], encoding: decoded.encoding, issues: [fileIssue('empty-file', {}, 'error')] };
  return { fileName, tables: [readTextTable(decoded.text, fileName, issues)], encoding: decoded.encoding, issues };
}

/** The main table's header texts and first data rows, for the review screen. */
function previewOf(file: ReadFile, sheet: string | undefined): { headers: string[]; preview: string[][]; profileKey: string } {
  const table = file.tables.find((t) => t.sheet === sheet) ?? file.tables[0];
  const header = table ? findHeaderRow(table.rows, table.headerIndex) : null;
  if (!table || !header) return { headers: [], preview: [], profileKey: mappingProfileKey([]) };
  const rows = table.rows.slice(header.index + 1, header.index + 1 + PREVIEW_ROWS).map((row) => header.headers.map((_, c) => cellText(row[c])));
  return { headers: header.headers, preview: rows, profileKey: mappingProfileKey(header.headers) };
}

/**
 * One file being imported, held by the import worker: read once, parsed again for each choice the user
 * makes on the review screen, then written in one transaction. Nothing touches the ledger before `write`.
 */
export class ImportSession {
  private file: ReadFile | null = null;
  private result: ParseResult | null = null;
  private profileSource: string | null = null;

  constructor(
    private readonly db: ArLensDb,
    private readonly emit: (event: WorkerEvent) => void,
  ) {}

  async open(bytes: Uint8Array, fileName: string): Promise<Review> {
    this.emit({ type: 'progress', phase: 'read', done: 0, total: bytes.length });
    this.file = await readTables(bytes, fileName);
    this.result = null;
    const first = previewOf(this.file, undefined);
    const profile = await loadMappingProfile<MappingOverride>(this.db, first.profileKey);
    this.profileSource = profile?.source ?? null;
    return this.parse({ mapping: profile?.mapping });
  }

  parse(choices: ParseChoices): Review {
    const file = this.file;
    if (!file) throw new Error('no file open');
    const started = performance.now();
    const options = { ...(choices.mapping ? { mapping: choices.mapping } : {}), ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}) };
    const steps = ledgerSteps(file.tables, file.encoding, options, file.issues, CHUNK);
    let result: ParseResult;
    if (file.tables.length === 0) result = failedResult(file.encoding, [...file.issues]);
    else {
      for (;;) {
        const next = steps.next();
        if (next.done) {
          result = next.value;
          break;
        }
        this.emit({ type: 'progress', phase: 'parse', done: next.value[0], total: next.value[1] });
      }
    }
    this.result = result;
    const { headers, preview } = previewOf(file, result.mapping.sheet);
    const dateOrderNeeded = choices.dateOrder !== undefined || result.issues.some((i) => i.code === 'ambiguous-date-order');
    return {
      fileName: file.fileName,
      encoding: result.encoding,
      mapping: result.mapping,
      headers,
      preview,
      issues: result.issues,
      stats: result.stats,
      mappingUsed: choices.mapping ?? {},
      profileSource: this.profileSource,
      dateOrderNeeded,
      dateOrder: choices.dateOrder ?? null,
      importable: result.customers.length > 0 || result.invoices.length > 0,
      parseMs: Math.round(performance.now() - started),
    };
  }

  /** Writes the last parse (one transaction, undoable) and forgets the file. */
  async write(mode: 'merge' | 'replace', now: number) {
    const result = this.result;
    if (!result || !this.file) throw new Error('nothing parsed');
    if (result.customers.length === 0 && result.invoices.length === 0) throw new Error('nothing to import');
    this.emit({ type: 'progress', phase: 'write', done: 0, total: result.invoices.length });
    const started = performance.now();
    const summary = await importLedger(this.db, result, mode, now, this.file.fileName);
    const writeMs = Math.round(performance.now() - started);
    this.file = null;
    this.result = null;
    // Today's portfolio changed with the ledger: the dashboard's trend point for today follows it.
    await writeSnapshot(this.db, todayIso(now));
    return { summary, writeMs };
  }
}
