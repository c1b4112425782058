/** A table read from a file: rows of cells with the 1-based line or row number each starts on. */
export interface SourceTable {
  rows: (string | number | boolean | Date | null)[][];
  rowNumbers: number[];
  sheet?: string;
  /** Index of the header row when it is known (records from a feed); found by its texts otherwise. */
  headerIndex?: number;
}

export interface DelimitedTable extends SourceTable {
  delimiter: string;
  /** Line of a quote that is never closed, when there is one. */
  unterminatedQuoteLine?: number;
}

const CANDIDATES = [',', '\t', ';', '|'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Delimiter occurrences per line outside quotes, over the first lines of the text. */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const d = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) {
      if (lineHasContent) counts.push(count);
      count = 0;
      lineHasContent = false;
      continue;
    } else if (!inQuotes && c === d) count++;
    lineHasContent = true;
  }
  if (lineHasContent && counts.length < maxLines) counts.push(count);
  return counts;
}

/**
 * The delimiter whose per-line count is most consistent (title rows above the header may have none),
 * preferring tab for .tsv/.tab names and comma otherwise on a tie.
 */
export function sniffDelimiter(text: string, fileName = ''): string {
  // Excel's own hint on the first line: "sep=;".
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint?.[1]) return hint[1];
  const preferTab = /\.(tsv|tab)$/i.test(fileName);
  let best: string = preferTab ? '\t' : ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const counts = countsPerLine(text, delimiter, 60);
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    for (const [fields, lines] of freq) score = Math.max(score, lines * 1000 + Math.min(fields, 999));
    if (delimiter === '\t' && preferTab) score += 500;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * RFC 4180 reader, forgiving: "" escapes a quote inside quotes, a quote inside an unquoted field is text,
 * CR, LF and CRLF all end a record, and a quote never closed runs to the end of the text (reported).
 * Records made only of empty cells are kept as empty rows so line numbers stay true.
 */
export function readDelimited(text: string, delimiter: string): DelimitedTable {
  const d = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let unterminatedQuoteLine: number | undefined;
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const row: string[] = [];
    const startLine = line;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        let closed = false;
        const quoteLine = line;
        i = from;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            closed = true;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
        }
        if (!closed) {
          value += text.slice(from, n);
          unterminatedQuoteLine ??= quoteLine;
        }
        // Text between the closing quote and the delimiter belongs to the cell (`"a"b` → `ab`).
        const rest = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        row.push(value + text.slice(rest, i));
      } else {
        const from = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        row.push(text.slice(from, i));
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // End of record.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    rows.push(row);
    rowNumbers.push(startLine);
  }
  return { rows, rowNumbers, delimiter, ...(unterminatedQuoteLine ? { unterminatedQuoteLine } : {}) };
}
