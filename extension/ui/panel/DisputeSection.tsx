import type { CustomerFullView } from 'shared/view';
import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/sendMessage';
import { FormActions } from './FormActions';
import { tp } from './messages';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Open and resolved disputes, a form to open one on an invoice and to resolve an open one. */
export function DisputeSection({ view, onChanged }: { view: CustomerFullView; onChanged(): void }) {
  const [opening, setOpening] = useState(false);
  const numbers = new Map(view.openInvoices.map((i) => [i.id, i.number]));
  return (
    <section class="card" aria-labelledby="ar-disp-h" data-testid="disputes">
      <h3 id="ar-disp-h">{tp('disputesHeading')}</h3>
      {view.disputes.length === 0 ? <p class="muted">{tp('noDisputes')}</p> : null}
      <ul class="plain">
        {view.disputes.map((d) => (
          <li key={d.id} data-resolved={d.resolvedAt ? 'yes' : 'no'}>
            {tp('disputeLine', { invoice: numbers.get(d.invoiceId) ?? d.invoiceId, date: d.openedAt, reason: d.reason })}
            {d.resolvedAt ? (
              <span class="muted"> · {tp('disputeResolved', { date: d.resolvedAt, resolution: d.resolution ?? '' })}</span>
            ) : (
              <ResolveForm customerId={view.customer.id} disputeId={d.id} onDone={onChanged} />
            )}
          </li>
        ))}
      </ul>
      {opening ? (
        <OpenForm view={view} onDone={(saved) => { setOpening(false); if (saved) onChanged(); }} />
      ) : (
        <button type="button" class="small" onClick={() => setOpening(true)} disabled={view.openInvoices.length === 0}>
          {tp('openDispute')}
        </button>
      )}
    </section>
  );
}

function OpenForm({ view, onDone }: { view: CustomerFullView; onDone(saved: boolean): void }) {
  const disputed = new Set(view.disputes.filter((d) => !d.resolvedAt).map((d) => d.invoiceId));
  const candidates = view.openInvoices.filter((i) => !disputed.has(i.id));
  const [invoiceId, setInvoiceId] = useState(candidates[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (reason.trim() === '') return setError(tp('needText'));
    try {
      await sendMessage({ type: 'openDispute', customerId: view.customer.id, invoiceId, reason: reason.trim() });
      onDone(true);
    } catch (err) {
      setError(tp('actionFailed', { reason: errorText(err) }));
    }
  };
  return (
    <form class="mini-form" onSubmit={submit}>
      <label>
        {tp('disputeInvoice')}
        <select value={invoiceId} onChange={(e) => setInvoiceId(e.currentTarget.value)}>
          {candidates.map((i) => (
            <option key={i.id} value={i.id}>
              {i.number}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tp('disputeReason')}
        <input type="text" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <FormActions error={error} onCancel={() => onDone(false)} />
    </form>
  );
}

function ResolveForm({ customerId, disputeId, onDone }: { customerId: string; disputeId: string; onDone(): void }) {
  const [open, setOpen] = useState(false);
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState('');
  if (!open) {
    return (
      <>
        {' '}
        <button type="button" class="small" onClick={() => setOpen(true)}>
          {tp('resolve')}
        </button>
      </>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (resolution.trim() === '') return setError(tp('needText'));
    try {
      await sendMessage({ type: 'resolveDispute', customerId, disputeId, resolution: resolution.trim() });
      onDone();
    } catch (err) {
      setError(tp('actionFailed', { reason: errorText(err) }));
    }
  };
  return (
    <form class="mini-form inline" onSubmit={submit}>
      <label>
        {tp('resolution')}
        <input type="text" maxLength={500} value={resolution} onInput={(e) => setResolution(e.currentTarget.value)} />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" class="small primary">
        {tp('save')}
      </button>
    </form>
  );
}
