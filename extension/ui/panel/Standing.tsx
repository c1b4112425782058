import { CREDIT_STATUS_LABELS, creditReasonMessage, riskReasonMessage } from 'shared/credit';
import { ACTION_LABELS, CHANNEL_LABELS, OWNER_LABELS, TONE_LABELS } from 'shared/dunning';
import type { CustomerFullView } from 'shared/view';
import { localized } from '../../i18n';
import { fmtMoney } from '../format';
import { tp } from './messages';

/** Limit, exposure, available and the status with every reason. */
export function CreditCard({ view }: { view: CustomerFullView }) {
  const c = view.credit;
  const money = (amount: number) => (c.currency ? fmtMoney({ amount, currency: c.currency }) : '');
  return (
    <section class="card credit-card" aria-labelledby="ar-credit-h" data-status={c.status}>
      <h3 id="ar-credit-h">
        {tp('creditHeading')} <span class={`pill status-${c.status}`}>{localized(CREDIT_STATUS_LABELS[c.status])}</span>
      </h3>
      {c.limit === null ? (
        <p class="muted">{tp('noLimit')}</p>
      ) : (
        <dl class="figures">
          <div>
            <dt>{tp('limit')}</dt>
            <dd data-amount={c.limit}>{money(c.limit)}</dd>
          </div>
          <div>
            <dt>{tp('exposure')}</dt>
            <dd data-amount={c.exposure.total}>{money(c.exposure.total)}</dd>
          </div>
          <div>
            <dt>{tp('available')}</dt>
            <dd data-amount={c.available ?? ''} class={c.available !== null && c.available < 0 ? 'neg' : ''}>
              {c.available === null ? '' : money(c.available)}
            </dd>
          </div>
        </dl>
      )}
      <ul class="reasons">
        {c.reasons.map((r) => (
          <li key={r.code}>{localized(creditReasonMessage(r))}</li>
        ))}
      </ul>
    </section>
  );
}

/** The risk grade and the factors behind it. */
export function RiskCard({ view }: { view: CustomerFullView }) {
  const r = view.risk;
  return (
    <section class="card" aria-labelledby="ar-risk-h" data-grade={r.grade}>
      <h3 id="ar-risk-h">
        {tp('riskHeading')} <span class={`pill grade-${r.grade}`}>{r.grade}</span>
      </h3>
      <ul class="reasons">
        {r.reasons.map((reason) => (
          <li key={reason.code}>{localized(riskReasonMessage(reason))}</li>
        ))}
      </ul>
    </section>
  );
}

/** Where the customer stands in the dunning plan: the current step, the next one with its date and owner. */
export function DunningCard({ view }: { view: CustomerFullView }) {
  const d = view.dunning;
  const step = (s: NonNullable<typeof d.stage>) => ({
    tone: localized(TONE_LABELS[s.step.tone]),
    channel: s.step.channels.map((c) => localized(CHANNEL_LABELS[c])).join(' / '),
    date: s.date,
    owner: localized(OWNER_LABELS[s.owner]),
  });
  return (
    <section class="card" aria-labelledby="ar-dunning-h" data-testid="dunning">
      <h3 id="ar-dunning-h">{tp('dunningHeading')}</h3>
      <p>{d.stage ? tp('currentStep', step(d.stage)) : tp('noStep')}</p>
      {d.next ? (
        <p class="next-step" data-date={d.next.date} data-owner={d.next.owner}>
          <strong>{tp('nextStep', step(d.next))}</strong>
          {d.next.step.action ? ` · ${tp('nextAction', { action: localized(ACTION_LABELS[d.next.step.action]) })}` : ''}
        </p>
      ) : d.owner ? (
        <p>{tp('planDone', { owner: localized(OWNER_LABELS[d.owner]) })}</p>
      ) : null}
      {d.escalated ? <p class="warn-text">{tp('escalated', { count: d.escalationLevel })}</p> : null}
    </section>
  );
}
