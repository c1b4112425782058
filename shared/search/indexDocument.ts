import type { SearchIndexData } from '../match';

/** The search index as cached in `documents`, tagged with the ledger version it was built from. */
export interface SearchIndexDocument {
  ledgerVersion: string;
  builtAt: number;
  data: SearchIndexData;
}

export const SEARCH_INDEX_DOCUMENT_ID = 'search-index';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isFieldData(value: unknown, entries: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  const keys = f.keys;
  const owners = f.owners;
  const starts = f.starts;
  return (
    isStringArray(keys) &&
    Array.isArray(owners) &&
    Array.isArray(starts) &&
    typeof f.haystack === 'string' &&
    owners.length === keys.length &&
    starts.length === keys.length &&
    owners.every((o) => Number.isInteger(o) && o >= 0 && o < entries)
  );
}

const FIELDS = ['uscc', 'code', 'email', 'name', 'alias', 'initials', 'pinyin'] as const;

/**
 * The cached index when it was built from `ledgerVersion` and has the shape the search needs; undefined
 * otherwise (stale, from an older build, or damaged), so the caller rebuilds instead of searching garbage.
 */
export function usableIndexDocument(value: unknown, ledgerVersion: string): SearchIndexDocument | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const doc = value as Partial<SearchIndexDocument>;
  if (doc.ledgerVersion !== ledgerVersion || typeof doc.builtAt !== 'number') return undefined;
  const data = doc.data;
  if (typeof data !== 'object' || data === null || data.version !== 1 || !isStringArray(data.customerIds)) return undefined;
  const fields = data.fields as Record<string, unknown> | undefined;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const entries = data.customerIds.length;
  return FIELDS.every((name) => isFieldData(fields[name], entries)) ? (doc as SearchIndexDocument) : undefined;
}

/** A version that changes with every import (its time) and with any change of the row counts. */
export function ledgerVersionOf(lastImportAt: number | undefined, customers: number, contacts: number): string {
  return `${lastImportAt ?? 0}:${customers}:${contacts}`;
}
