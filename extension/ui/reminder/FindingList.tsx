import type { Finding, RuleSource } from 'shared/compliance';
import { localized } from '../../i18n';
import { tr } from './messages';

function sourceText(s: RuleSource): string {
  return [s.issuer, s.title, s.article].filter((x): x is string => Boolean(x)).join(' · ');
}

/** Only web links from the rule pack are shown as links. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Every finding with its severity, message, rule id and the source it rests on. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section class="findings" aria-label={tr('findings')}>
      <ul>
        {findings.map((f, i) => {
          const url = safeUrl(f.source.url);
          return (
            <li key={`${f.ruleId}-${i}`} class={`finding sev-${f.severity}`} data-rule={f.ruleId} data-severity={f.severity}>
              <strong>{tr(`severity_${f.severity}`)}</strong> {localized(f.message)}
              {f.field === 'subject' ? <span class="muted"> ({tr('inSubject')})</span> : null}
              <div class="muted small-text">
                <code>{f.ruleId}</code> · {tr('source', { source: sourceText(f.source) })}
                {url ? (
                  <>
                    {' '}
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      ↗
                    </a>
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
