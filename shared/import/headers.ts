import { issueMessage } from './messages';
import { HEADER_SYNONYMS } from './synonyms';
import { cellText, hash53, looseKey } from './text';
import type { CanonicalField, Cell, ColumnMapping, ImportIssue, MappedColumn, MappingOverride } from './types';
import { CANONICAL_FIELDS } from './types';

interface Synonym {
  field: CanonicalField;
  rank: number;
}

const LOOKUP = new Map<string, Synonym>();
for (const field of CANONICAL_FIELDS) {
  HEADER_SYNONYMS[field].forEach((text, rank) => {
    const key = looseKey(text);
    if (!LOOKUP.has(key)) LOOKUP.set(key, { field, rank });
  });
}

/** A bracketed qualifier: "金额(元)", "未核销金额（原币）", "Amount (USD)", "余额【本位币】". */
const QUALIFIER = /[(（【[][^)）】\]]*[)）】\]]/g;

function synonymOf(header: string): Synonym | undefined {
  const exact = LOOKUP.get(looseKey(header));
  if (exact || !/[(（【[]/.test(header)) return exact;
  return LOOKUP.get(looseKey(header.replace(QUALIFIER, '')));
}

/** How many distinct canonical fields header texts name; `extra` are header texts a saved mapping names. */
function headerScore(row: readonly Cell[], extra: ReadonlySet<string>): number {
  const fields = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const s = synonymOf(cell);
    if (s) fields.add(s.field);
    else if (extra.size > 0 && extra.has(looseKey(cell))) fields.add(`extra:${looseKey(cell)}`);
  }
  return fields.size;
}

/** Rows scanned for the header: title rows and report parameters sit above it. */
const HEADER_SCAN_ROWS = 50;

export interface HeaderRow {
  /** Index into the table's rows. */
  index: number;
  headers: string[];
}

/**
 * Header texts of a row, resolving merged cells with the row above: an empty cell takes the text above it
 * (merged down), and a cell that names nothing alone is tried with the group label above it ("客户" + "名称").
 */
function combinedHeaders(row: readonly Cell[], above: readonly Cell[]): string[] {
  const width = Math.max(row.length, above.length);
  const headers: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(row[c]);
    const up = cellText(above[c]);
    if (up) group = up;
    if (!own) headers.push(up);
    else if (!synonymOf(own) && group && synonymOf(group + own)) headers.push(group + own);
    else headers.push(own);
  }
  return headers;
}

/**
 * The header row: among the first rows, one naming at least two canonical fields by itself, the one whose
 * headers (merged cells resolved with the row above) name the most; the first on a tie.
 */
export function findHeaderRow(
  rows: readonly (readonly Cell[])[],
  knownIndex?: number,
  extraHeaders: ReadonlySet<string> = new Set(),
): HeaderRow | null {
  if (knownIndex !== undefined) {
    return knownIndex >= 0 && knownIndex < rows.length ? { index: knownIndex, headers: (rows[knownIndex] ?? []).map(cellText) } : null;
  }
  let best: HeaderRow | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (headerScore(row, extraHeaders) < 2) continue;
    const headers = combinedHeaders(row, i > 0 ? (rows[i - 1] ?? []) : []);
    const score = headerScore(headers, extraHeaders);
    if (score > bestScore) {
      bestScore = score;
      best = { index: i, headers };
    }
  }
  return best;
}

/** Header texts named by a mapping override, as comparison keys. */
export function overrideHeaderKeys(override: MappingOverride | undefined): Set<string> {
  const keys = new Set<string>();
  for (const target of Object.values(override ?? {})) if (typeof target === 'string') keys.add(looseKey(target));
  return keys;
}

/** Stable key of a header set (order-insensitive), under which a corrected mapping is saved as a profile. */
export function mappingProfileKey(headers: readonly string[]): string {
  const keys = [...new Set(headers.map(looseKey).filter((k) => k !== ''))].sort();
  return `h:${hash53(keys.join('\u0001')).toString(36)}`;
}

/** Detected mapping from header texts, then the user's override applied on top. */
export function buildMapping(
  headers: readonly string[],
  headerRow: number,
  override: MappingOverride | undefined,
  issues: ImportIssue[],
  sheet?: string,
): ColumnMapping {
  const best = new Map<CanonicalField, { index: number; rank: number }>();
  headers.forEach((header, index) => {
    const s = synonymOf(header);
    if (!s) return;
    const current = best.get(s.field);
    if (!current || s.rank < current.rank) best.set(s.field, { index, rank: s.rank });
  });
  const fields: Partial<Record<CanonicalField, MappedColumn>> = {};
  for (const [field, { index }] of best) fields[field] = { index, header: headers[index] ?? '' };
  // Xero and some invoice exports name the customer "Contact"/"ContactName".
  if (!fields.customer_name && !fields.customer_code && fields.contact_name) {
    fields.customer_name = fields.contact_name;
    delete fields.contact_name;
  }
  if (override) applyOverride(fields, headers, override, issues, sheet);
  const used = new Set(Object.values(fields).map((m) => m.index));
  const unmapped = headers
    .map((header, index) => ({ index, header }))
    .filter((m) => m.header !== '' && !used.has(m.index));
  return {
    fields,
    unmapped,
    headerRow,
    profileKey: mappingProfileKey(headers),
    ...(sheet !== undefined ? { sheet } : {}),
  };
}

function applyOverride(
  fields: Partial<Record<CanonicalField, MappedColumn>>,
  headers: readonly string[],
  override: MappingOverride,
  issues: ImportIssue[],
  sheet?: string,
): void {
  for (const field of CANONICAL_FIELDS) {
    if (!(field in override)) continue;
    const target = override[field];
    delete fields[field];
    if (target === null || target === undefined) continue;
    const index =
      typeof target === 'number'
        ? target >= 0 && target < headers.length
          ? target
          : -1
        : headers.findIndex((h) => looseKey(h) === looseKey(target));
    if (index < 0) {
      issues.push({
        row: 0,
        code: 'mapping-column-not-found',
        message: issueMessage('mapping-column-not-found', { field, column: String(target) }),
        severity: 'warning',
        ...(sheet !== undefined ? { sheet } : {}),
      });
      continue;
    }
    for (const other of CANONICAL_FIELDS) if (fields[other]?.index === index) delete fields[other];
    fields[field] = { index, header: headers[index] ?? '' };
  }
}
