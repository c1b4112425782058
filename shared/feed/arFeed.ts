import ky, { type KyResponse, isHTTPError, isTimeoutError } from 'ky';
import { type RawRecord, parseLedgerRecords } from '../import';
import { recordFromJson, valueAt } from './arFeedJson';
import { feedError } from './arFeedMessages';
import type { ArFeedConfig, ArFeedError, ArFeedFetchOptions, ArFeedResult } from './arFeedTypes';
import { nextLink } from './httpLink';

export type * from './arFeedTypes';

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 10_000;
const DEFAULT_MAX_PAGES = 200;

type Page = { kind: 'page'; rows: unknown[]; body: unknown; response: KyResponse } | { kind: 'unchanged' } | { kind: 'failed'; error: ArFeedError };

function configError(config: ArFeedConfig): ArFeedError | null {
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    return feedError('invalid-config', { detail: `url "${config.url}"` });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return feedError('invalid-config', { detail: `url "${config.url}"` });
  return null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
  return String(error);
}

async function fetchPage(url: string, config: ArFeedConfig, options: ArFeedFetchOptions, etag: string | undefined): Promise<Page> {
  const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backoff = config.backoffMs ?? DEFAULT_BACKOFF_MS;
  const headers: Record<string, string> = { Accept: 'application/json', ...config.headers };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  if (etag) headers['If-None-Match'] = etag;
  let response: KyResponse;
  try {
    response = await ky.get(url, {
      headers,
      timeout,
      retry: {
        limit: config.retries ?? DEFAULT_RETRIES,
        methods: ['get'],
        retryOnTimeout: true,
        delay: (attempt) => Math.min(backoff * 2 ** (attempt - 1), MAX_BACKOFF_MS),
        backoffLimit: MAX_BACKOFF_MS,
      },
      throwHttpErrors: (status) => status !== 304,
      cache: 'no-store',
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'failed', error: feedError('aborted') };
    if (isTimeoutError(error)) return { kind: 'failed', error: feedError('timeout', { ms: timeout }) };
    if (isHTTPError(error)) return { kind: 'failed', error: feedError('http', { status: error.response.status }) };
    return { kind: 'failed', error: feedError('network', { detail: describe(error) }) };
  }
  if (response.status === 304) return { kind: 'unchanged' };
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'failed', error: feedError('aborted') };
    return { kind: 'failed', error: error instanceof SyntaxError ? feedError('malformed-json') : feedError('network', { detail: describe(error) }) };
  }
  const rows = valueAt(body, config.rowsPath);
  if (!Array.isArray(rows)) return { kind: 'failed', error: feedError('rows-not-found', { path: config.rowsPath ?? '' }) };
  return { kind: 'page', rows, body, response };
}

function withParam(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** URL of the page after `page` (1-based count of pages fetched), or null when this was the last. */
function nextUrl(config: ArFeedConfig, current: string, fetched: number, page: Extract<Page, { kind: 'page' }>): string | null {
  const p = config.pagination ?? { kind: 'none' };
  switch (p.kind) {
    case 'none':
      return null;
    case 'page': {
      if (page.rows.length === 0 || (p.size !== undefined && page.rows.length < p.size)) return null;
      const start = p.start ?? 1;
      const total = p.totalPagesPath ? Number(valueAt(page.body, p.totalPagesPath)) : Number.NaN;
      if (Number.isFinite(total) && fetched >= total) return null;
      return withParam(config.url, {
        [p.param ?? 'page']: String(start + fetched),
        ...(p.sizeParam && p.size !== undefined ? { [p.sizeParam]: String(p.size) } : {}),
      });
    }
    case 'cursor': {
      const cursor = valueAt(page.body, p.cursorPath);
      if (cursor === null || cursor === undefined || cursor === '' || page.rows.length === 0) return null;
      return withParam(config.url, { [p.param ?? 'cursor']: String(cursor) });
    }
    case 'link': {
      const fromBody = p.nextPath ? valueAt(page.body, p.nextPath) : undefined;
      if (typeof fromBody === 'string' && fromBody !== '') {
        try {
          return new URL(fromBody, current).toString();
        } catch {
          return null;
        }
      }
      return nextLink(page.response.headers.get('link'), current);
    }
  }
}

function firstUrl(config: ArFeedConfig): string {
  const p = config.pagination;
  if (p?.kind !== 'page') return config.url;
  return withParam(config.url, {
    [p.param ?? 'page']: String(p.start ?? 1),
    ...(p.sizeParam && p.size !== undefined ? { [p.sizeParam]: String(p.size) } : {}),
  });
}

/**
 * Fetches an AR feed (all pages), validates its rows exactly like file rows and returns them as a ParseResult.
 * Pure with respect to storage: the caller keeps the last good data and its ETag. With `options.etag`, a 304 on
 * the first page is `unchanged`. Timeouts, network errors and 408/429/5xx are retried with exponential back-off.
 * Never throws and never rejects.
 */
export async function fetchArFeed(config: ArFeedConfig, options: ArFeedFetchOptions): Promise<ArFeedResult> {
  try {
    const invalid = configError(config);
    if (invalid) return { kind: 'failed', error: invalid };
    const maxPages = config.maxPages ?? DEFAULT_MAX_PAGES;
    const records: RawRecord[] = [];
    let url: string | null = firstUrl(config);
    let etag: string | undefined;
    let pages = 0;
    const seen = new Set<string>();
    while (url) {
      if (pages >= maxPages) return { kind: 'failed', error: feedError('too-many-pages', { max: maxPages }) };
      seen.add(url);
      const page = await fetchPage(url, config, options, pages === 0 ? options.etag : undefined);
      if (page.kind === 'unchanged') {
        // Only the first page carries the validator; a 304 later would be a broken server.
        if (pages === 0) return { kind: 'unchanged' };
        return { kind: 'failed', error: feedError('http', { status: 304 }) };
      }
      if (page.kind === 'failed') return page;
      if (pages === 0) etag = page.response.headers.get('etag') ?? undefined;
      pages++;
      for (const row of page.rows) records.push(recordFromJson(row, config.fieldMapping));
      const next = nextUrl(config, url, pages, page);
      // A server that links back to a page already read would loop forever.
      url = next && !seen.has(next) ? next : null;
    }
    const result = parseLedgerRecords(records, config.parse ?? {}, 'json');
    return { kind: 'updated', result, ...(etag ? { etag } : {}), fetchedAt: options.now(), pages };
  } catch (error) {
    return { kind: 'failed', error: feedError('network', { detail: describe(error) }) };
  }
}
