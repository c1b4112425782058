import readXlsxFile from 'read-excel-file/universal';
import type { SourceTable } from './delimited';
import { issueMessage } from './messages';
import type { Cell, ImportIssue } from './types';

/**
 * The sheets of an XLSX workbook as tables. Loaded only by dynamic import (read-excel-file and its unzip code
 * stay out of every bundle that never opens a workbook). Row numbers are the sheet's own 1-based rows.
 */
export async function readXlsxTables(bytes: Uint8Array): Promise<{ tables: SourceTable[]; encoding: string; issues: ImportIssue[] }> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    const tables = sheets.map(({ sheet, data }): SourceTable => {
      // The library types Date cells as `typeof Date`; at run time they are Date instances.
      const rows = data.map((row) => row.map((cell) => cell as unknown as Cell as SourceTable['rows'][number][number]));
      return { rows, rowNumbers: rows.map((_, i) => i + 1), sheet };
    });
    return { tables, encoding: 'xlsx', issues: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      tables: [],
      encoding: 'xlsx',
      issues: [{ row: 0, code: 'xlsx-unreadable', message: issueMessage('xlsx-unreadable', { detail }), severity: 'error' }],
    };
  }
}
