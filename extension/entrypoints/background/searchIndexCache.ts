import type { ArLensDb, LastImport } from 'shared/db';
import { type SearchEntry, type SearchIndex, buildSearchIndexData, searchIndexFromData } from 'shared/match';
import { pinyinKeys } from 'shared/match/pinyin';
import {
  PINYIN_MEMO_DOCUMENT_ID,
  SEARCH_INDEX_DOCUMENT_ID,
  type SearchIndexDocument,
  type Spelling,
  ledgerVersionOf,
  namesToSpell,
  pinyinMemoDocument,
  pinyinMemoFrom,
  searchEntriesOf,
  usableIndexDocument,
} from 'shared/search';
import { browser } from 'wxt/browser';

export interface SearchIndexCache {
  /** The index of the current ledger: from memory, else from the cached document, else built (pinyin ≈ 2 s for 20,000 names). */
  get(): Promise<SearchIndex>;
  /** Drops the index after the ledger changed and starts building the next one, so the next keystroke is fast. */
  invalidate(): void;
}

export async function ledgerVersion(db: ArLensDb): Promise<string> {
  return db.transaction('r', [db.meta, db.customers, db.contacts], async () => {
    const at = ((await db.meta.get('lastImport'))?.value as Partial<LastImport> | undefined)?.at;
    return ledgerVersionOf(typeof at === 'number' ? at : undefined, await db.customers.count(), await db.contacts.count());
  });
}

const SPELL_CHUNK = 500;

/** Lets the event loop run between chunks, and calls an extension API so Chrome does not count the worker idle. */
async function breathe(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await browser?.runtime?.getPlatformInfo?.().catch(() => undefined);
}

/** Pinyin of every name and alias: remembered ones from the stored memo, new ones spelled in chunks. */
async function spellings(db: ArLensDb, entries: readonly SearchEntry[], now: number): Promise<Map<string, Spelling>> {
  const names = namesToSpell(entries);
  const memo = pinyinMemoFrom((await db.documents.get(PINYIN_MEMO_DOCUMENT_ID))?.value);
  const missing = names.filter((name) => !memo.has(name));
  for (let i = 0; i < missing.length; i += SPELL_CHUNK) {
    for (const name of missing.slice(i, i + SPELL_CHUNK)) memo.set(name, pinyinKeys(name));
    await breathe();
  }
  if (missing.length > 0) {
    await db.documents.put({ id: PINYIN_MEMO_DOCUMENT_ID, version: 1, updatedAt: now, value: pinyinMemoDocument(memo, names) });
  }
  return memo;
}

async function buildDocument(db: ArLensDb, version: string, now: number): Promise<SearchIndexDocument> {
  const [customers, contacts] = await db.transaction('r', [db.customers, db.contacts], () =>
    Promise.all([db.customers.toArray(), db.contacts.toArray()]),
  );
  const entries = searchEntriesOf(customers, contacts);
  const memo = await spellings(db, entries, now);
  const data = buildSearchIndexData(entries, { pinyinOf: (name) => memo.get(name) ?? pinyinKeys(name) });
  return { ledgerVersion: version, builtAt: now, data };
}

async function loadOrBuild(db: ArLensDb, now: () => number): Promise<SearchIndex> {
  const version = await ledgerVersion(db);
  const cached = usableIndexDocument((await db.documents.get(SEARCH_INDEX_DOCUMENT_ID))?.value, version);
  if (cached) return searchIndexFromData(cached.data);
  const doc = await buildDocument(db, version, now());
  // Only keep it if the ledger did not change while pinyin was computed; otherwise the next get() rebuilds.
  if ((await ledgerVersion(db)) === version) {
    await db.documents.put({ id: SEARCH_INDEX_DOCUMENT_ID, version: 1, updatedAt: doc.builtAt, value: doc });
  }
  return searchIndexFromData(doc.data);
}

/**
 * The customer search index, kept in memory and in `documents` keyed by the ledger version, so a restarted
 * service worker reads it back instead of recomputing pinyin.
 */
export function createSearchIndexCache(db: ArLensDb, now: () => number): SearchIndexCache {
  let pending: Promise<SearchIndex> | undefined;
  const cache: SearchIndexCache = {
    get() {
      if (!pending) {
        const current = loadOrBuild(db, now);
        pending = current;
        // A failed build must not stick: the next keystroke tries again.
        current.catch(() => {
          if (pending === current) pending = undefined;
        });
      }
      return pending;
    },
    invalidate() {
      pending = undefined;
      cache.get().catch(() => undefined);
    },
  };
  return cache;
}
