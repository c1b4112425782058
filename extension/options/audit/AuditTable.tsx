import type { AuditEntry } from 'shared/audit';
import { Fragment } from 'preact';
import { intlLocale } from '../../i18n';
import { t } from './messages';

const evidenceUrl = (customerId: string) => `/evidence.html?customer=${encodeURIComponent(customerId)}`;

function formatTime(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'short', timeStyle: 'medium' }).format(at);
}

/** The entries, newest first; every value is rendered as text. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div class="audit-table-wrap">
      <table class="audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('seq')}</th>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('channel')}</th>
            <th scope="col">{t('user')}</th>
            <th scope="col">{t('recipients')}</th>
            <th scope="col">{t('template')}</th>
            <th scope="col">{t('decision')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <Fragment key={e.seq}>
              <tr data-seq={e.seq} data-customer={e.customerId} class="audit-meta">
                <td>{e.seq}</td>
                <td>{formatTime(e.time)}</td>
                <td class="customer">
                  <div>{e.customerName ?? e.customerId}</div>
                  <a
                    href={evidenceUrl(e.customerId)}
                    target="_blank"
                    rel="noopener"
                    class="evidence-link"
                    aria-label={t('evidenceFor', { name: e.customerName ?? e.customerId })}
                  >
                    {t('evidence')}
                  </a>
                </td>
                <td>
                  {e.channel} / {e.action}
                </td>
                <td>
                  {e.user} ({e.role})
                </td>
                <td class="wrap">{e.recipients.join(', ')}</td>
                <td class="wrap">{e.template ? `${e.template.id} v${e.template.version}` : t('freeText')}</td>
                <td data-decision={e.verdict.decision}>
                  {e.verdict.decision}
                  {e.override ? ` · ${e.override.reason}` : ''}
                </td>
              </tr>
              <tr class="audit-text-row">
                <td />
                <td colSpan={7} class="audit-text" title={e.text}>
                  <span class="muted">{t('text')}: </span>
                  {e.subject ? <strong>{e.subject} </strong> : null}
                  {e.text.length > 160 ? `${e.text.slice(0, 160)}…` : e.text}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
