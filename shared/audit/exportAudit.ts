import { type CsvValue, toCsv } from '../export/csv';
import type { AuditEntry } from './types';

export const AUDIT_CSV_COLUMNS = [
  'seq',
  'time',
  'user',
  'role',
  'customerId',
  'customerName',
  'invoices',
  'channel',
  'action',
  'recipients',
  'templateId',
  'templateVersion',
  'decision',
  'ruleIds',
  'overrideBy',
  'overrideReason',
  'subject',
  'text',
  'prevHash',
  'hash',
] as const;

function row(e: AuditEntry): CsvValue[] {
  return [
    e.seq,
    new Date(e.time).toISOString(),
    e.user,
    e.role,
    e.customerId,
    e.customerName,
    e.invoices.join('; '),
    e.channel,
    e.action,
    e.recipients.join('; '),
    e.template?.id,
    e.template?.version,
    e.verdict.decision,
    e.verdict.ruleIds.join('; '),
    e.override?.by,
    e.override?.reason,
    e.subject,
    e.text,
    e.prevHash,
    e.hash,
  ];
}

/**
 * The log as CSV for a spreadsheet (times in UTC ISO 8601). Lists are joined with "; ". Cells that look like
 * formulas are neutralised, so this export is for reading: verify the chain from the JSON export.
 */
export function auditToCsv(entries: readonly AuditEntry[], options: { bom?: boolean } = { bom: true }): string {
  return toCsv([[...AUDIT_CSV_COLUMNS], ...entries.map(row)], options);
}

export interface AuditJsonExport {
  format: 'ar-lens-audit';
  formatVersion: 1;
  exportedAt: number;
  entries: AuditEntry[];
}

/** The log as JSON with every field unchanged, so `verifyChain` can re-check it later. */
export function auditToJson(entries: readonly AuditEntry[], exportedAt: number): string {
  const doc: AuditJsonExport = { format: 'ar-lens-audit', formatVersion: 1, exportedAt, entries: [...entries] };
  return JSON.stringify(doc, null, 2);
}
