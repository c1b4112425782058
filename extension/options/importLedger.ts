import { type WriteSummary, writeLedger } from 'shared/db';
import { type ImportIssue, parseLedgerFileAsync } from 'shared/import';
import { sendMessage } from '../lib/sendMessage';
import { db } from './db';

export interface ImportOutcome {
  summary: WriteSummary | null;
  issues: ImportIssue[];
  encoding: string;
}

/**
 * Parses a file and writes every good row in one transaction. A file whose problems leave nothing to
 * import writes nothing; the background is told so it drops its cached name index.
 */
export async function importLedgerFile(file: File, mode: 'merge' | 'replace'): Promise<ImportOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parsed = await parseLedgerFileAsync(bytes, file.name);
  if (parsed.customers.length === 0 && parsed.invoices.length === 0) {
    return { summary: null, issues: parsed.issues, encoding: parsed.encoding };
  }
  const summary = await writeLedger(db, parsed, mode, Date.now(), file.name);
  await sendMessage({ type: 'ledgerChanged' });
  return { summary, issues: parsed.issues, encoding: parsed.encoding };
}
