import type { Instant } from '../ledger';
import type { CanonicalField, Message, ParseOptions, ParseResult } from '../import';

/** How the feed splits its rows over several responses. */
export type ArFeedPagination =
  | { kind: 'none' }
  /** ?page=1, 2, … until a page has fewer rows than `size` (or none), or `totalPagesPath` says it was the last. */
  | { kind: 'page'; param?: string; start?: number; sizeParam?: string; size?: number; totalPagesPath?: string }
  /** ?cursor=<value of cursorPath in the previous body> until that value is empty. */
  | { kind: 'cursor'; param?: string; cursorPath: string }
  /** The next URL from the RFC 8288 `Link: <…>; rel="next"` header, or from `nextPath` in the body. */
  | { kind: 'link'; nextPath?: string };

export interface ArFeedConfig {
  /** Absolute https URL of the first page. */
  url: string;
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Dotted path to the row array in the body ("data.items"); empty or absent: the body is the array. */
  rowsPath?: string;
  /** Canonical field → dotted path inside a row ("customer.name", "lines.0.amount"); unmapped fields use their own name or its camelCase. */
  fieldMapping?: Partial<Record<CanonicalField, string>>;
  pagination?: ArFeedPagination;
  /** Per-request timeout (default 15 000 ms). */
  timeoutMs?: number;
  /** Retries after a timeout, network error or 408/429/5xx (default 2). */
  retries?: number;
  /** First retry delay, doubled each time (default 500 ms, at most 10 s). */
  backoffMs?: number;
  /** Safety stop for runaway pagination (default 200). */
  maxPages?: number;
  /** How rows are read, as for files (date order, default currency, …). */
  parse?: Omit<ParseOptions, 'mapping' | 'onProgress'>;
}

export interface ArFeedFetchOptions {
  /** ETag of the last good response; a 304 then means "unchanged". */
  etag?: string;
  /** The clock, for `fetchedAt`. */
  now: () => Instant;
  signal?: AbortSignal;
  /** Replaces the global fetch (tests, extension pages with their own). */
  fetch?: typeof fetch;
}

export type ArFeedErrorCode =
  | 'invalid-config'
  | 'timeout'
  | 'network'
  | 'http'
  | 'malformed-json'
  | 'rows-not-found'
  | 'too-many-pages'
  | 'aborted';

export interface ArFeedError {
  code: ArFeedErrorCode;
  message: Message;
  /** HTTP status, for `http`. */
  status?: number;
}

/** Never thrown: the caller keeps its last good data on `failed` and shows the error. */
export type ArFeedResult =
  | { kind: 'updated'; result: ParseResult; etag?: string; fetchedAt: Instant; pages: number }
  | { kind: 'unchanged' }
  | { kind: 'failed'; error: ArFeedError };
