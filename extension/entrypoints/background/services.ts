import type { ArLensDb } from 'shared/db';
import type { Request, RequestType, ResponseMap } from '../../messaging';
import type { createNameIndexCache } from './nameIndexCache';
import type { SearchIndexCache } from './searchIndexCache';

/** What handlers share: the database, caches, and the clock (a parameter so tests can fix it). */
export interface Services {
  db: ArLensDb;
  names: ReturnType<typeof createNameIndexCache>;
  search: SearchIndexCache;
  now(): number;
}

/** Where the request came from: a tab's content script (with its URL) or an extension page. */
export interface SenderInfo {
  tabId?: number;
  url?: string;
}

export type Handler<K extends RequestType> = (s: Services, request: Extract<Request, { type: K }>, sender: SenderInfo) => Promise<ResponseMap[K]>;

export type Handlers<K extends RequestType> = { [P in K]: Handler<P> };
