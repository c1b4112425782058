import type { ArLensDb } from 'shared/db';
import { type NameIndex, prepareNameIndex } from 'shared/match';

/**
 * The suggestion index over every customer name, built on first need and dropped when the ledger
 * changes. A restarted service worker simply builds it again.
 */
export function createNameIndexCache(db: ArLensDb) {
  let pending: Promise<NameIndex> | undefined;
  return {
    get(): Promise<NameIndex> {
      pending ??= db.customers.toArray().then((rows) => prepareNameIndex(rows.map((r) => ({ customerId: r.id, name: r.name, aliases: r.aliases }))));
      return pending;
    },
    invalidate(): void {
      pending = undefined;
    },
  };
}
