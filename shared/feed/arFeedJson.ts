import type { CanonicalField, Cell, RawRecord } from '../import';
import { CANONICAL_FIELDS } from '../import';

/** The value at a dotted path ("data.items", "lines.0.amount"); the value itself for an empty path. */
export function valueAt(value: unknown, path: string | undefined): unknown {
  if (!path) return value;
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A JSON value as a cell: lists of scalars become "a;b" (e-mail domains, CRM ids), other objects text. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (v === null || typeof v === 'object' ? JSON.stringify(v) : String(v))).join(';');
  return JSON.stringify(value);
}

const camel = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A feed row as canonical fields through the configured mapping; a field without a mapping is read from its own
 * name ("due_date") or its camelCase ("dueDate").
 */
export function recordFromJson(row: unknown, mapping: Partial<Record<CanonicalField, string>> = {}): RawRecord {
  const record: RawRecord = {};
  for (const field of CANONICAL_FIELDS) {
    const path = mapping[field];
    const value = path !== undefined ? valueAt(row, path) : (valueAt(row, field) ?? valueAt(row, camel(field)));
    const cell = toCell(value);
    if (cell !== null) record[field] = cell;
  }
  return record;
}
