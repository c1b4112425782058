import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../../lib/today';
import { AgingChart } from '../dashboard/AgingChart';
import { type DashboardEvent, loadDashboard } from '../dashboard/loadDashboard';
import { MetricsTable } from '../dashboard/MetricsTable';
import { t } from '../dashboard/messages';
import { OwnersTable } from '../dashboard/OwnersTable';
import { TrendChart } from '../dashboard/TrendChart';
import { WorstCustomers } from '../dashboard/WorstCustomers';
import { db } from '../db';


/** Whether the extension ships a customer page to link to (it is built by another feature). */
async function hasCustomerPage(): Promise<boolean> {
  try {
    return (await fetch('customer.html', { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

/** The dashboard worker, or null where workers cannot start (the page then computes itself). */
function startWorker(report: (e: DashboardEvent) => void): Worker | null {
  try {
    const worker = new Worker(new URL('../dashboard/dashboard.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<DashboardEvent>) => report(e.data);
    worker.onerror = (e) => report({ phase: 'failed', reason: e.message });
    return worker;
  } catch {
    return null;
  }
}

function inPage(report: (e: DashboardEvent) => void): void {
  loadDashboard(db, todayIso(), report).then(
    ({ dashboard, ms }) => report({ phase: 'ready', dashboard, ms }),
    (error: unknown) => report({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
}

/** Dashboard: computed once each time the section opens, in a worker, with a progress state meanwhile. */
export function DashboardSection() {
  const [state, setState] = useState<DashboardEvent>({ phase: 'reading' });
  const [customerPage, setCustomerPage] = useState(false);
  useEffect(() => {
    let live = true;
    const set = (s: DashboardEvent) => live && setState(s);
    const worker = startWorker(set);
    if (worker) worker.postMessage({ asOf: todayIso() });
    else inPage(set);
    void hasCustomerPage().then((ok) => live && setCustomerPage(ok));
    return () => {
      live = false;
      worker?.terminate();
    };
  }, []);

  if (state.phase === 'reading' || state.phase === 'computing') {
    return (
      <div class="card" aria-busy="true" data-testid="dashboard-loading">
        <progress aria-labelledby="dashboard-progress" />
        <p id="dashboard-progress" role="status">
          {state.phase === 'reading' ? t('loadingData') : t('computing', { invoices: state.invoices })}
        </p>
      </div>
    );
  }
  if (state.phase === 'failed') return <p class="error">{t('loadFailed', { reason: state.reason })}</p>;
  const d = state.dashboard;
  if (d.invoiceCount === 0) return <p class="card muted">{t('empty')}</p>;
  return (
    <div class="dashboard" data-testid="dashboard" data-as-of={d.asOf}>
      <p class="muted small">
        {t('asOf', { date: d.asOf, customers: d.customerCount, invoices: d.invoiceCount, ms: state.ms })}
      </p>
      <AgingChart bars={d.bars} bucketIds={d.bucketIds} />
      <TrendChart trend={d.trend} />
      <MetricsTable metrics={d.metrics} />
      <WorstCustomers worst={d.worst} customerPage={customerPage} />
      <OwnersTable owners={d.owners} />
    </div>
  );
}
