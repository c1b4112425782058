import type { PhraseEntry, RulePack, Severity } from 'shared/compliance';
import { useMemo, useState } from 'preact/hooks';
import { basisLabel, sourceText } from './format';
import { type RulesKey, t } from './messages';

function matches(p: PhraseEntry, needle: string): boolean {
  if (!needle) return true;
  const hay = [p.id, p.ruleId, p.description, p.message.en, p.message.zh_CN, sourceText(p.source), ...p.examples]
    .join('\n')
    .toLowerCase();
  return hay.includes(needle);
}

/** The pack's risky-wording entries with where each rule comes from, filterable by text, severity and rule. */
export function PhraseList({ pack }: { pack: RulePack }) {
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [rule, setRule] = useState('');
  const ruleIds = useMemo(() => [...new Set(pack.phrases.map((p) => p.ruleId))].sort(), [pack]);
  const shown = pack.phrases.filter(
    (p) =>
      (severity === '' || p.severity === severity) &&
      (rule === '' || p.ruleId === rule) &&
      matches(p, text.trim().toLowerCase()),
  );
  return (
    <section class="card" aria-labelledby="rules-phrases">
      <h2 id="rules-phrases">{t('phrasesHeading')}</h2>
      <div class="filters">
        <label class="field">
          {t('filterText')}{' '}
          <input type="search" id="phrase-filter" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="field">
          {t('filterSeverity')}{' '}
          <select id="phrase-severity" value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity | '')}>
            <option value="">{t('any')}</option>
            {(['block', 'warn', 'info'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`severity_${s}` as RulesKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          {t('filterRule')}{' '}
          <select id="phrase-rule" value={rule} onChange={(e) => setRule(e.currentTarget.value)}>
            <option value="">{t('any')}</option>
            {ruleIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted" id="phrase-count" aria-live="polite">
        {t('phrasesCount', { shown: shown.length, total: pack.phrases.length })}
      </p>
      <div class="table-scroll">
        <table class="phrases">
          <thead>
            <tr>
              <th scope="col">{t('colRule')}</th>
              <th scope="col">{t('colSeverity')}</th>
              <th scope="col">{t('colWhat')}</th>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} data-entry={p.id} data-rule={p.ruleId}>
                <td>
                  <code>{p.ruleId}</code>
                  <div class="muted small">{p.id}</div>
                </td>
                <td>
                  <span class={`sev sev-${p.severity}`}>{t(`severity_${p.severity}` as RulesKey)}</span>
                </td>
                <td>{p.description}</td>
                <td>
                  <span class={`basis basis-${p.source.basis}`}>{basisLabel(p.source.basis)}</span> {sourceText(p.source)}
                </td>
                <td>
                  <div lang="zh-CN">{p.message.zh_CN}</div>
                  <div lang="en" class="muted">
                    {p.message.en}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
