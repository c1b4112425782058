import type { ImportIssue } from 'shared/import';
import { getLocale } from '../../i18n';
import { t } from './messages';

const SHOWN = 500;

/** Every problem of an import by row and column, in the user's language. */
export function IssuesTable({ issues }: { issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return null;
  const locale = getLocale();
  return (
    <div class="issues">
      <h3>{t('issuesHeading', { count: issues.length })}</h3>
      {issues.length > SHOWN ? <p class="muted">{t('issuesShown', { shown: SHOWN })}</p> : null}
      <table data-testid="import-issues">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('issueColumn')}</th>
            <th scope="col">{t('issueSeverity')}</th>
            <th scope="col">{t('issueReason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <tr key={i} data-row={issue.row} data-severity={issue.severity} data-code={issue.code}>
              <td>{issue.row > 0 ? `${issue.sheet ? `${issue.sheet} · ` : ''}${t('issueRow', { row: issue.row })}` : t('issueFile')}</td>
              <td>{issue.column ?? ''}</td>
              <td class={issue.severity}>{issue.severity === 'error' ? t('severityError') : t('severityWarning')}</td>
              <td>{issue.message[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
