/** A cell value for CSV output. null/undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Prefix the UTF-8 byte order mark so Excel opens the file as UTF-8 (needed for Chinese text). */
  bom?: boolean;
  /** Line separator; RFC 4180 says CRLF. */
  eol?: '\r\n' | '\n';
  /** Separator, default comma. */
  delimiter?: ',' | ';' | '\t';
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (or its start). OWASP "CSV injection":
 * a cell starting with one of these is prefixed with a single quote so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote when a spreadsheet would read the text as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
    // Our own numbers are data, not user text: a negative amount stays a number in the spreadsheet.
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

/** One RFC 4180 field: quoted when it holds the delimiter, a quote, CR or LF; quotes doubled. */
export function csvField(value: CsvValue, delimiter = ','): string {
  const text = cellText(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as CSV text. The first row is usually the header. No trailing line break. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join(eol);
  return (options.bom ? '\uFEFF' : '') + body;
}
