import type { AuditEntry } from 'shared/audit';
import { CHANNEL_LABELS } from 'shared/dunning';
import { intlLocale, localized } from '../../i18n';
import { tp } from './messages';

/** The reminders recorded for this customer, latest first. */
export function HistoryList({ history }: { history: readonly AuditEntry[] }) {
  const fmt = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="card" aria-labelledby="ar-hist-h">
      <h3 id="ar-hist-h">{tp('historyHeading')}</h3>
      {history.length === 0 ? (
        <p class="muted">{tp('noHistory')}</p>
      ) : (
        <ol class="history" data-testid="history">
          {history.map((e) => (
            <li key={e.seq} data-seq={e.seq} data-template={e.template ? `${e.template.id}@${e.template.version}` : ''}>
              <div>
                {tp('historyLine', { time: fmt.format(e.time), channel: localized(CHANNEL_LABELS[e.channel]), action: tp(`action_${e.action}`) })}
                {' · '}
                <span class={`decision-${e.verdict.decision}`}>{tp(`decision_${e.verdict.decision}`)}</span>
              </div>
              <div class="muted small-text">
                #{e.seq} · {e.user} · {e.template ? `${e.template.id} v${e.template.version}` : tp('freeText')} · {e.recipients.join(', ')}
                {e.override ? ` · ${e.override.reason}` : ''}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
