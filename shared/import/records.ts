import type { SourceTable } from './delimited';
import { ledgerSteps } from './parse';
import { cellText } from './text';
import type { CanonicalField, ParseOptions, ParseResult, RawRecord } from './types';
import { CANONICAL_FIELDS } from './types';

/**
 * Imports records that already name canonical fields (a JSON feed's rows after its field mapping) through the
 * same header, row classification, validation and assembly as files. `row` in issues is the record's 1-based
 * position. `encoding` is reported as given ("json" for feeds).
 */
export function parseLedgerRecords(records: readonly RawRecord[], options: ParseOptions = {}, encoding = 'json'): ParseResult {
  const used = CANONICAL_FIELDS.filter((field) => records.some((r) => cellText(r[field]) !== ''));
  const fields: CanonicalField[] = used.length > 0 ? used : ['customer_name'];
  const table: SourceTable = {
    rows: [fields, ...records.map((r) => fields.map((f) => cellOf(r[f])))],
    rowNumbers: [0, ...records.map((_, i) => i + 1)],
    headerIndex: 0,
  };
  const steps = ledgerSteps([table], encoding, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value[0], next.value[1]);
  }
}

function cellOf(value: RawRecord[CanonicalField]): SourceTable['rows'][number][number] {
  return value === undefined ? null : value;
}
