import { lintText, type RulePack, WORDING_FACTS, type WordingFact, type WordingFacts } from 'shared/compliance';
import { useMemo, useState } from 'preact/hooks';
import { localized } from '../../i18n';
import { basisLabel, sourceText } from './format';
import { type RulesKey, t } from './messages';
import { segmentsOf } from './segments';

/** Live lint of a sentence: findings marked inside the text (built from text slices) and listed with sources. */
export function SentenceTester({ pack }: { pack: RulePack }) {
  const [text, setText] = useState('');
  const [facts, setFacts] = useState<WordingFacts>({});
  const findings = useMemo(() => lintText(text, { pack, facts }), [text, pack, facts]);
  const segments = useMemo(() => segmentsOf(text, findings.map((f) => f.span)), [text, findings]);
  const toggle = (fact: WordingFact, on: boolean) => setFacts({ ...facts, [fact]: on });

  return (
    <section class="card" aria-labelledby="rules-tester">
      <h2 id="rules-tester">{t('testerHeading')}</h2>
      <label class="field block" for="sentence-input">
        {t('testerLabel')}
      </label>
      <textarea
        id="sentence-input"
        rows={3}
        maxLength={5000}
        placeholder={t('testerPlaceholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-describedby="sentence-result"
      />
      <details class="facts">
        <summary>{t('factsHeading')}</summary>
        {WORDING_FACTS.map((f) => (
          <label key={f} class="check">
            <input type="checkbox" checked={facts[f] === true} onChange={(e) => toggle(f, e.currentTarget.checked)} />{' '}
            {t(`fact_${f}` as RulesKey)}
          </label>
        ))}
      </details>
      <div id="sentence-result" aria-live="polite">
        {text.trim() === '' ? null : findings.length === 0 ? (
          <p class="ok">{t('testerClean')}</p>
        ) : (
          <>
            <p class="error">{t('testerFindings', { count: findings.length })}</p>
            <figure class="lint-figure">
<figcaption class="muted small">{t('testerPreview')}</figcaption>
<p class="lint-preview">
              {segments.map((s) =>
                s.findings.length === 0 ? (
                  s.text
                ) : (
                  <mark
                    key={s.start}
                    class={`sev-${findings[s.findings[0]!]!.severity}`}
                    data-rule={s.findings.map((i) => findings[i]!.ruleId).join(' ')}
                    title={s.findings.map((i) => localized(findings[i]!.message)).join('\n')}
                  >
                    {s.text}
                  </mark>
                ),
              )}
            </p>
            </figure>
            <ol class="findings">
              {findings.map((f, i) => (
                <li key={`${f.ruleId}-${f.span?.start ?? i}`} data-rule={f.ruleId} data-severity={f.severity}>
                  <span class={`sev sev-${f.severity}`}>{t(`severity_${f.severity}` as RulesKey)}</span>{' '}
                  <code>{f.ruleId}</code>
                  {f.span ? <q>{text.slice(f.span.start, f.span.end)}</q> : null} — {localized(f.message)}
                  <div class="muted small">
                    {basisLabel(f.source.basis)} · {sourceText(f.source)}
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
