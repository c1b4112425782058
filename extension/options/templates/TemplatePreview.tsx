import { type Finding, lintText, type RulePack } from 'shared/compliance';
import { type ReminderTemplate, renderTemplate, sampleVariables, validateTemplate } from 'shared/templates';
import { useMemo } from 'preact/hooks';
import { localized } from '../../i18n';
import { markSlices } from './highlight';
import { t } from './messages';

interface Props {
  template: ReminderTemplate;
  pack: RulePack;
}

/** Text with the findings' spans as <mark> elements built from slices (never an HTML string). */
function Marked({ text, findings, testId }: { text: string; findings: Finding[]; testId: string }) {
  return (
    <>
      {markSlices(text, findings).map((slice, i) =>
        slice.finding ? (
          <mark
            key={i}
            class={`lint ${slice.finding.severity}`}
            data-rule={slice.finding.ruleId}
            data-severity={slice.finding.severity}
            title={localized(slice.finding.message)}
            data-testid={testId}
          >
            {slice.text}
          </mark>
        ) : (
          slice.text
        ),
      )}
    </>
  );
}

/** Live validation, a rendering with sample data for the channel, and live lint of that rendering. */
export function TemplatePreview({ template, pack }: Props) {
  const result = useMemo(() => {
    const problems = validateTemplate(template);
    const rendered = renderTemplate(template, sampleVariables(template.locale, template.stage));
    if (!rendered.ok) return { problems, rendered };
    const text = lintText(rendered.value.text, { pack });
    const subject = rendered.value.subject ? lintText(rendered.value.subject, { pack }) : [];
    return { problems, rendered, text, subject };
  }, [template, pack]);
  const { problems, rendered } = result;
  const findings = [...(result.subject ?? []), ...(result.text ?? [])];

  return (
    <div class="tpl-preview-wrap">
      <h4>{t('validation')}</h4>
      <div role="status" data-testid="template-validation" data-count={problems.length}>
        {problems.length === 0 ? (
          <p class="ok">{t('noProblems')}</p>
        ) : (
          <ul class="error">
            {problems.map((p, i) => (
              <li key={i}>{localized(p.message)}</li>
            ))}
          </ul>
        )}
      </div>

      <h4>{t('preview')}</h4>
      {rendered.ok ? (
        <div class="tpl-preview" data-testid="template-preview" data-channel={template.channel}>
          {rendered.value.subject !== undefined ? (
            <p class="tpl-preview-subject">
              <strong>{t('subject')}: </strong>
              <Marked text={rendered.value.subject} findings={result.subject ?? []} testId="lint-mark" />
            </p>
          ) : null}
          <pre class="tpl-preview-text">
            <Marked text={rendered.value.text} findings={result.text ?? []} testId="lint-mark" />
          </pre>
          {rendered.value.segments ? (
            <p class="muted small" data-testid="sms-segments" data-segments={rendered.value.segments.segments}>
              {t('smsSegments', {
                segments: rendered.value.segments.segments,
                length: rendered.value.segments.length,
                encoding: rendered.value.segments.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2',
                per: rendered.value.segments.perSegment,
              })}
            </p>
          ) : null}
        </div>
      ) : (
        <div class="error" role="alert">
          <p>{t('renderFailed')}</p>
          <ul>
            {rendered.errors.map((e, i) => (
              <li key={i}>{localized(e.message)}</li>
            ))}
          </ul>
        </div>
      )}

      <h4>{t('lint', { pack: `${pack.id} ${pack.version}` })}</h4>
      <div role="status" data-testid="template-lint" data-count={findings.length}>
        {!rendered.ok ? null : findings.length === 0 ? (
          <p class="ok">{t('lintClean')}</p>
        ) : (
          <>
            <p class="error">{t('lintCount', { count: findings.length })}</p>
            <ul class="tpl-findings">
              {findings.map((f, i) => (
                <li key={i} data-rule={f.ruleId} class={f.severity}>
                  <strong>{f.severity}</strong> {localized(f.message)} <span class="muted">({f.source.title})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
