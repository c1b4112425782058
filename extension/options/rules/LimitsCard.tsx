import type { FrequencyCapRule, Msg, RulePack, SendWindowRule } from 'shared/compliance';
import type { RuleOverrides, RuleSettingsProblem } from 'shared/db/ruleSettingsRepo';
import { useState } from 'preact/hooks';
import { localized } from '../../i18n';
import { channelsLabel, sourceText } from './format';
import { t } from './messages';

interface Props {
  pack: RulePack;
  overrides: RuleOverrides;
  onSave: (o: RuleOverrides) => Promise<RuleSettingsProblem[]>;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'problems'; problems: { field: string; message: Msg }[] };

/** Send window and caps of the pack, each adjustable only towards stricter values; saved after validation. */
export function LimitsCard({ pack, overrides, onSave }: Props) {
  const win = pack.rules.find((r): r is SendWindowRule => r.kind === 'send-window');
  const caps = pack.rules.filter((r): r is FrequencyCapRule => r.kind === 'frequency-cap');
  const [start, setStart] = useState(overrides.sendWindow?.start ?? win?.params.start ?? '');
  const [end, setEnd] = useState(overrides.sendWindow?.end ?? win?.params.end ?? '');
  const [maxes, setMaxes] = useState<Record<string, string>>(() =>
    Object.fromEntries(caps.map((c) => [c.id, String(overrides.caps?.[c.id] ?? c.params.max)])),
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = async (e: Event) => {
    e.preventDefault();
    const next: RuleOverrides = {};
    if (win && (start !== win.params.start || end !== win.params.end)) next.sendWindow = { start, end };
    const capOverrides: Record<string, number> = {};
    for (const c of caps) {
      const text = (maxes[c.id] ?? '').trim();
      const value = text === '' ? Number.NaN : Number(text);
      if (value !== c.params.max) capOverrides[c.id] = value;
    }
    if (Object.keys(capOverrides).length > 0) next.caps = capOverrides;
    const problems = await onSave(next);
    setStatus(problems.length ? { kind: 'problems', problems } : { kind: 'saved' });
  };
  const reset = () => {
    setStart(win?.params.start ?? '');
    setEnd(win?.params.end ?? '');
    setMaxes(Object.fromEntries(caps.map((c) => [c.id, String(c.params.max)])));
    setStatus({ kind: 'idle' });
  };
  const invalid = (field: string) => status.kind === 'problems' && status.problems.some((p) => p.field === field);

  return (
    <section class="card" aria-labelledby="rules-limits">
      <h2 id="rules-limits">{t('limitsHeading')}</h2>
      <p class="muted">{t('limitsHelp')}</p>
      <form onSubmit={submit} noValidate>
        {win ? (
          <fieldset class="window">
            <legend>
              {localized(win.title)} <span class="muted">— {sourceText(win.source)}</span>
            </legend>
            <label class="field">
              {t('windowStart')}{' '}
              <input
                type="time"
                id="window-start"
                value={start}
                min={win.params.start}
                max={win.params.end}
                aria-invalid={invalid('sendWindow.start')}
                onInput={(e) => setStart(e.currentTarget.value)}
              />
            </label>
            <label class="field">
              {t('windowEnd')}{' '}
              <input
                type="time"
                id="window-end"
                value={end}
                min={win.params.start}
                max={win.params.end}
                aria-invalid={invalid('sendWindow.end')}
                onInput={(e) => setEnd(e.currentTarget.value)}
              />
            </label>
            <p class="muted">
              {t('windowPack', { start: win.params.start, end: win.params.end })} ·{' '}
              {win.params.businessDaysOnly ? t('businessDaysOnly') : t('anyDay')} ·{' '}
              {t('windowChannels', { channels: channelsLabel(win.params.channels) })}
            </p>
          </fieldset>
        ) : null}
        <table class="caps">
          <thead>
            <tr>
              <th scope="col">{t('capRule')}</th>
              <th scope="col">{t('capChannels')}</th>
              <th scope="col">{t('capWindow')}</th>
              <th scope="col" class="num">
                {t('capPackMax')}
              </th>
              <th scope="col">{t('capYourMax')}</th>
            </tr>
          </thead>
          <tbody>
            {caps.map((c) => (
              <tr key={c.id} data-rule={c.id}>
                <th scope="row">
                  {localized(c.title)}
                  <div class="muted small">
                    <code>{c.id}</code> · {sourceText(c.source)}
                  </div>
                </th>
                <td>{channelsLabel(c.params.channels)}</td>
                <td>{t('hours', { n: c.params.windowHours })}</td>
                <td class="num">{c.params.max}</td>
                <td>
                  <input
                    type="number"
                    class="cap-input"
                    min={0}
                    max={c.params.max}
                    step={1}
                    value={maxes[c.id] ?? ''}
                    aria-label={`${t('capYourMax')}: ${localized(c.title)}`}
                    aria-invalid={invalid(`caps.${c.id}`)}
                    onInput={(e) => setMaxes({ ...maxes, [c.id]: e.currentTarget.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit" id="limits-save">
            {t('save')}
          </button>
          <button type="button" onClick={reset}>
            {t('resetToPack')}
          </button>
        </div>
        <div id="limits-status" role="status" aria-live="polite">
          {status.kind === 'saved' ? <p class="ok">{t('saved')}</p> : null}
          {status.kind === 'problems' ? (
            <div class="error">
              {t('notSaved')}
              <ul>
                {status.problems.map((p) => (
                  <li key={p.field} data-field={p.field}>
                    {localized(p.message)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </form>
    </section>
  );
}
