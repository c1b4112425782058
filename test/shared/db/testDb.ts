import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArLensDb } from 'shared/db';

let n = 0;

/** A fresh database on an in-memory IndexedDB, one per test. */
export function testDb(): ArLensDb {
  return new ArLensDb(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
