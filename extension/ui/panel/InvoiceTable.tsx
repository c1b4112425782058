import type { CustomerFullView } from 'shared/view';
import { fmtMoney } from '../format';
import { tp } from './messages';

/** The open items, most overdue first (the order the full view gives), with the hold each one is under. */
export function InvoiceTable({ view }: { view: CustomerFullView }) {
  const rows = view.openInvoices;
  return (
    <section class="card" aria-labelledby="ar-inv-h">
      <h3 id="ar-inv-h">{tp('invoicesHeading', { count: rows.length })}</h3>
      {rows.length === 0 ? (
        <p class="muted">{tp('noInvoices')}</p>
      ) : (
        <div class="scroll">
          <table class="invoices" data-testid="open-invoices">
            <thead>
              <tr>
                <th scope="col">{tp('colNumber')}</th>
                <th scope="col">{tp('colDue')}</th>
                <th scope="col" class="num">
                  {tp('colDays')}
                </th>
                <th scope="col" class="num">
                  {tp('colOpen')}
                </th>
                <th scope="col">{tp('colState')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((inv) => (
                <tr key={inv.id} data-invoice={inv.number} data-days={inv.daysOverdue} data-open={inv.openAmount} class={inv.daysOverdue > 0 ? 'overdue' : ''}>
                  <td>{inv.number}</td>
                  <td>{inv.dueDate}</td>
                  <td class="num">{inv.daysOverdue > 0 ? inv.daysOverdue : ''}</td>
                  <td class="num">{fmtMoney({ amount: inv.openAmount, currency: inv.currency })}</td>
                  <td>
                    {inv.kind === 'credit-note' ? <span class="pill">{tp('creditNote')}</span> : null}
                    {inv.paused?.kind === 'promise' ? (
                      <span class="pill paused" data-paused="promise">
                        {tp('pausedPromise', { date: inv.paused.until })}
                      </span>
                    ) : null}
                    {inv.paused?.kind === 'dispute' || inv.disputed ? (
                      <span class="pill paused" data-paused="dispute">
                        {tp('pausedDispute')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
