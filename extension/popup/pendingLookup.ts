/** A query handed from the background (context menu) to the popup, which cannot be opened with a URL. */
export interface PendingLookup {
  query: string;
  at: number;
}

export const PENDING_LOOKUP_KEY = 'pendingLookup';

/** A pending query older than this was not meant for the popup being opened now. */
export const PENDING_LOOKUP_TTL_MS = 15_000;

export function freshPendingQuery(value: unknown, now: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<PendingLookup>;
  if (typeof p.query !== 'string' || typeof p.at !== 'number') return undefined;
  return now - p.at >= 0 && now - p.at <= PENDING_LOOKUP_TTL_MS ? p.query.slice(0, 200) : undefined;
}
