import type { IsoDate } from '../ledger';
import { type PortfolioSnapshot, snapshotOf } from '../metrics';
import type { ArLensDb } from './schema';

/**
 * Writes the portfolio snapshot of `date` from the ledger as it is now: one row per currency, replacing
 * whatever that date held (so running it twice a day leaves one set of rows, and a currency that has been
 * fully paid since does not linger). Returns the rows written.
 */
export async function writeSnapshot(db: ArLensDb, date: IsoDate): Promise<PortfolioSnapshot[]> {
  return db.transaction('rw', [db.invoices, db.snapshots], async () => {
    const rows = snapshotOf(await db.invoices.toArray(), date);
    await db.snapshots.where('date').equals(date).delete();
    await db.snapshots.bulkPut(rows);
    return rows;
  });
}

export async function hasSnapshot(db: ArLensDb, date: IsoDate): Promise<boolean> {
  return (await db.snapshots.where('date').equals(date).count()) > 0;
}

/**
 * Takes the snapshot of `date` unless that date already has one; true when it wrote. Call it after an import
 * and on start-up. An empty ledger writes nothing, so an import later the same day still gets its snapshot.
 */
export async function ensureSnapshot(db: ArLensDb, date: IsoDate): Promise<boolean> {
  return db.transaction('rw', [db.invoices, db.snapshots], async () => {
    if (await hasSnapshot(db, date)) return false;
    return (await writeSnapshot(db, date)).length > 0;
  });
}

/** Snapshots dated in [from, to] inclusive, by date then currency. */
export async function snapshotsBetween(db: ArLensDb, from: IsoDate, to: IsoDate): Promise<PortfolioSnapshot[]> {
  const rows = await db.snapshots.where('date').between(from, to, true, true).toArray();
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.currency.localeCompare(b.currency)));
}
