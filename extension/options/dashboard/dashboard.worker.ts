import { ArLensDb } from 'shared/db';
import { type DashboardEvent, loadDashboard } from './loadDashboard';

// Reading 20,000 invoices and ageing them takes a second or two: it runs here so the options page stays
// responsive. The worker shares the extension's origin, so it opens the same IndexedDB database as the page.
const scope = self as unknown as {
  postMessage(event: DashboardEvent): void;
  onmessage: ((e: MessageEvent<{ asOf: string }>) => void) | null;
};
const db = new ArLensDb();

scope.onmessage = (e) => {
  loadDashboard(db, e.data.asOf, (phase) => scope.postMessage(phase)).then(
    (result) => scope.postMessage({ phase: 'ready', ...result }),
    (error: unknown) => scope.postMessage({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
};
