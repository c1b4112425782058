import { createCalendar, CN_CALENDAR_2026 } from 'shared/dates';
import { ArLensDb, loadCustomerRecords, writeLedger } from 'shared/db';
import { parseLedgerFile } from 'shared/import';
import { customerFullView } from 'shared/view';
import { sampleLedgerCsv } from '../../../scripts/sample/ledger';
import { percentile, timeEach } from './stats';

export interface FullViewFigures {
  customers: number;
  invoices: number;
  seedMs: number;
  /** One customer's full view: indexed reads in one transaction + the pure computation. */
  fullViewP50: number;
  fullViewP95: number;
  /** Floor: a single primary-key read of one customer row, same database, same run. */
  floorP50: number;
  floorP95: number;
}

/**
 * Seeds a database of `customers` customers (about ten invoices each) through the real import code, then
 * times the full view of `samples` random customers against a single indexed read.
 */
export async function fullViewBench(customers: number, samples: number, asOf: string): Promise<FullViewFigures> {
  const name = `ar-lens-bench-${customers}`;
  await new ArLensDb(name).delete();
  const db = new ArLensDb(name);
  const t0 = performance.now();
  const parsed = parseLedgerFile(new TextEncoder().encode(sampleLedgerCsv({ asOf, customers, invoicesPerCustomer: 10 })), 'bench.csv');
  await writeLedger(db, parsed, 'replace', Date.now(), 'bench.csv');
  const seedMs = performance.now() - t0;
  const ids = (await db.customers.toCollection().primaryKeys()) as string[];
  const picks = Array.from({ length: samples }, (_, i) => ids[(i * 7919) % ids.length]!);
  const calendar = createCalendar(CN_CALENDAR_2026);
  // Warm both paths once so neither pays for first-use compilation.
  await db.customers.get(picks[0]!);
  customerFullView((await loadCustomerRecords(db, picks[0]!))!, asOf, { calendar });
  const floor = await timeEach(picks, (id) => db.customers.get(id));
  const full = await timeEach(picks, async (id) => customerFullView((await loadCustomerRecords(db, id))!, asOf, { calendar }));
  const figures = {
    customers: ids.length,
    invoices: await db.invoices.count(),
    seedMs,
    fullViewP50: percentile(full, 50),
    fullViewP95: percentile(full, 95),
    floorP50: percentile(floor, 50),
    floorP95: percentile(floor, 95),
  };
  db.close();
  await new ArLensDb(name).delete();
  return figures;
}
