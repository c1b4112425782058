import { type ArFeedConfig, type ArFeedError, fetchArFeed } from '../feed/arFeed';
import type { ImportIssue, Message } from '../import';
import { importLedger } from './importRepo';
import type { LastImport } from './ledgerRepo';
import type { ArLensDb } from './schema';

/** The user's AR feed: where it is, how to read it, how often to refresh it. */
export interface ArFeedSettings {
  config: ArFeedConfig;
  /** chrome.alarms period. */
  refreshMinutes: number;
}

/** A feed error (fetchArFeed's), or the ledger write that failed after a good fetch. */
export interface ArFeedStateError {
  code: ArFeedError['code'] | 'write';
  message: Message;
  status?: number;
}

/** What the last refreshes did. The ledger itself is the last good data; this only describes it. */
export interface ArFeedState {
  lastAttemptAt: number;
  /** Last refresh that brought (or confirmed, by 304) good data. */
  lastSuccessAt?: number;
  etag?: string;
  /** The last attempt's error; null after a success. */
  error: ArFeedStateError | null;
  counts?: { customers: number; invoices: number; contacts: number };
  pages?: number;
  /** Row problems of the last good refresh (first few). */
  issues?: ImportIssue[];
}

export const AR_FEED_SETTINGS_ID = 'arFeed:settings';
export const AR_FEED_STATE_ID = 'arFeed:state';
const ISSUES_KEPT = 50;

async function documentValue<T>(db: ArLensDb, id: string): Promise<T | null> {
  return ((await db.documents.get(id))?.value as T | undefined) ?? null;
}

async function putDocument(db: ArLensDb, id: string, value: unknown, now: number): Promise<void> {
  const version = ((await db.documents.get(id))?.version ?? 0) + 1;
  await db.documents.put({ id, version, updatedAt: now, value });
}

export function loadArFeedSettings(db: ArLensDb): Promise<ArFeedSettings | null> {
  return documentValue<ArFeedSettings>(db, AR_FEED_SETTINGS_ID);
}

export function loadArFeedState(db: ArLensDb): Promise<ArFeedState | null> {
  return documentValue<ArFeedState>(db, AR_FEED_STATE_ID);
}

/** Saves new settings; the state (and its ETag) is dropped, since it described another feed. */
export async function saveArFeedSettings(db: ArLensDb, settings: ArFeedSettings, now: number): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    await putDocument(db, AR_FEED_SETTINGS_ID, settings, now);
    await db.documents.delete(AR_FEED_STATE_ID);
  });
}

/** Forgets the feed. The ledger it brought stays (delete it with a replace import or "delete everything"). */
export async function deleteArFeed(db: ArLensDb): Promise<void> {
  await db.documents.bulkDelete([AR_FEED_SETTINGS_ID, AR_FEED_STATE_ID]);
}

/** A feed's name in the import log: its host. */
export function feedSource(config: ArFeedConfig): string {
  try {
    return `feed:${new URL(config.url).host}`;
  } catch {
    return 'feed';
  }
}

const noRows = (issues: ImportIssue[]): ArFeedStateError => {
  const first = issues.find((i) => i.severity === 'error');
  return {
    code: 'rows-not-found',
    message: first
      ? { en: `The feed has no valid row: ${first.message.en}`, zh_CN: `数据源没有有效的行：${first.message.zh_CN}` }
      : { en: 'The feed has no rows.', zh_CN: '数据源没有任何行。' },
  };
};

/**
 * Refreshes the ledger from the saved feed. New data replaces the ledger in one transaction (undoable like an
 * import, and it sets lastImport, which the badge shows as the data's age). A 304 keeps the data and marks it
 * as current. On any failure — HTTP error, timeout, bad JSON, a body without one valid row — the ledger stays
 * exactly as it was and the error is recorded for the options page. Null when no feed is configured.
 */
export async function refreshArFeed(db: ArLensDb, now: number, fetchImpl?: typeof fetch): Promise<ArFeedState | null> {
  const settings = await loadArFeedSettings(db);
  if (!settings) return null;
  const previous = await loadArFeedState(db);
  const outcome = await fetchArFeed(settings.config, {
    now: () => now,
    ...(previous?.etag ? { etag: previous.etag } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  let state: ArFeedState;
  if (outcome.kind === 'failed') state = { ...previous, lastAttemptAt: now, error: outcome.error };
  else if (outcome.kind === 'unchanged') {
    state = { ...previous, lastAttemptAt: now, lastSuccessAt: now, error: null };
    await db.transaction('rw', db.meta, async () => {
      const last = (await db.meta.get('lastImport'))?.value as LastImport | undefined;
      if (last) await db.meta.put({ key: 'lastImport', value: { ...last, at: now } satisfies LastImport });
    });
  } else {
    const { result } = outcome;
    if (result.customers.length === 0 && result.invoices.length === 0) {
      state = { ...previous, lastAttemptAt: now, error: noRows(result.issues) };
    } else {
      const written = await importLedger(db, result, 'replace', now, feedSource(settings.config)).catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        return { code: 'write' as const, message: { en: `The feed's data could not be saved: ${detail}`, zh_CN: `数据源的数据无法保存：${detail}` } };
      });
      if ('code' in written) {
        state = { ...previous, lastAttemptAt: now, error: written };
        await putDocument(db, AR_FEED_STATE_ID, state, now);
        return state;
      }
      const summary = written;
      state = {
        lastAttemptAt: now,
        lastSuccessAt: now,
        ...(outcome.etag ? { etag: outcome.etag } : {}),
        error: null,
        counts: { customers: summary.customers, invoices: summary.invoices, contacts: summary.contacts },
        pages: outcome.pages,
        issues: result.issues.slice(0, ISSUES_KEPT),
      };
    }
  }
  await putDocument(db, AR_FEED_STATE_ID, state, now);
  return state;
}
