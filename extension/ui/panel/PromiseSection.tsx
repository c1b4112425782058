import { addDays } from 'shared/dates';
import { decimalToMinor } from 'shared/money';
import type { CustomerFullView } from 'shared/view';
import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/sendMessage';
import { fmtMoney } from '../format';
import { FormActions } from './FormActions';
import { tp } from './messages';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The customer's promises with their state, and a form to record a new one. */
export function PromiseSection({ view, onChanged }: { view: CustomerFullView; onChanged(): void }) {
  const [open, setOpen] = useState(false);
  const numbers = new Map(view.openInvoices.map((i) => [i.id, i.number]));
  return (
    <section class="card" aria-labelledby="ar-prom-h" data-testid="promises">
      <h3 id="ar-prom-h">{tp('promisesHeading')}</h3>
      {view.promises.length === 0 ? <p class="muted">{tp('noPromises')}</p> : null}
      <ul class="plain">
        {[...view.promises]
          .sort((a, b) => b.createdAt - a.createdAt)
          .map((p) => (
            <li key={p.id} data-state={p.state}>
              {tp('promiseLine', { amount: fmtMoney(p.amount), date: p.date, invoices: p.invoiceIds.map((id) => numbers.get(id) ?? id).join(', ') })}{' '}
              <span class={`pill promise-${p.state}`}>{tp(`promiseState_${p.state}`)}</span>
            </li>
          ))}
      </ul>
      {open ? (
        <PromiseForm view={view} onDone={(saved) => { setOpen(false); if (saved) onChanged(); }} />
      ) : (
        <button type="button" class="small" onClick={() => setOpen(true)} disabled={view.openInvoices.every((i) => i.openAmount <= 0)}>
          {tp('recordPromise')}
        </button>
      )}
    </section>
  );
}

function PromiseForm({ view, onDone }: { view: CustomerFullView; onDone(saved: boolean): void }) {
  const candidates = view.openInvoices.filter((i) => i.kind === 'invoice' && i.openAmount > 0);
  const [picked, setPicked] = useState<string[]>(candidates[0] ? [candidates[0].id] : []);
  const [date, setDate] = useState(addDays(view.asOf, 7));
  const [amountText, setAmountText] = useState('');
  const [error, setError] = useState('');
  const chosen = candidates.filter((i) => picked.includes(i.id));
  const currency = chosen[0]?.currency ?? candidates[0]?.currency ?? 'CNY';
  const suggested = chosen.filter((i) => i.currency === currency).reduce((n, i) => n + i.openAmount, 0);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (chosen.length === 0) return setError(tp('pickInvoice'));
    if (chosen.some((i) => i.currency !== currency)) return setError(tp('oneCurrency'));
    if (date < view.asOf) return setError(tp('pickDate'));
    const amount = amountText.trim() === '' ? suggested : decimalToMinor(amountText.trim(), currency);
    if (amount === null || amount <= 0) return setError(tp('badAmount'));
    try {
      await sendMessage({ type: 'recordPromise', customerId: view.customer.id, invoiceIds: picked, date, amount: { amount, currency } });
      onDone(true);
    } catch (err) {
      setError(tp('actionFailed', { reason: errorText(err) }));
    }
  };

  return (
    <form class="mini-form" onSubmit={submit}>
      <fieldset>
        <legend>{tp('promiseInvoices')}</legend>
        <div class="checks">
          {candidates.map((i) => (
            <label key={i.id} class="check">
              <input
                type="checkbox"
                checked={picked.includes(i.id)}
                onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, i.id] : picked.filter((x) => x !== i.id))}
              />
              {i.number} · {fmtMoney({ amount: i.openAmount, currency: i.currency })}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {tp('promiseDate')}
        <input type="date" required min={view.asOf} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label>
        {tp('promiseAmount', { currency })}
        <input type="text" inputMode="decimal" placeholder={fmtMoney({ amount: suggested, currency })} value={amountText} onInput={(e) => setAmountText(e.currentTarget.value)} />
      </label>
      <FormActions error={error} onCancel={() => onDone(false)} />
    </form>
  );
}
