import { addDays } from 'shared/dates';
import { type Dashboard, dashboardOf } from 'shared/dashboard';
import type { ArLensDb } from 'shared/db';
import { ensureSnapshot, snapshotsBetween } from 'shared/db/snapshotRepo';
import type { IsoDate } from 'shared/ledger';

export type LoadPhase = { phase: 'reading' } | { phase: 'computing'; invoices: number };
/** What the dashboard worker reports: progress, then the result or the reason it failed. */
export type DashboardEvent =
  | LoadPhase
  | { phase: 'ready'; dashboard: Dashboard; ms: number }
  | { phase: 'failed'; reason: string };

/** Lets the browser paint the progress state before the next long step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Makes sure today has a snapshot, reads the ledger and the snapshots of the trend window once, then computes
 * every figure of the dashboard.
 */
export async function loadDashboard(
  db: ArLensDb,
  asOf: IsoDate,
  onPhase: (p: LoadPhase) => void,
): Promise<{ dashboard: Dashboard; ms: number }> {
  const started = performance.now();
  onPhase({ phase: 'reading' });
  // The background takes a snapshot daily; taking today's here too means the trend starts on the first visit.
  await ensureSnapshot(db, asOf);
  const [customers, invoices, snapshots] = await Promise.all([
    db.customers.toArray(),
    db.invoices.toArray(),
    // CEI looks one day before its period; the trend shows 90 days.
    snapshotsBetween(db, addDays(asOf, -120), asOf),
  ]);
  onPhase({ phase: 'computing', invoices: invoices.length });
  await nextFrame();
  const dashboard = dashboardOf({ customers, invoices, snapshots, asOf });
  return { dashboard, ms: Math.round(performance.now() - started) };
}
