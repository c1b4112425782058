import { type ConfigError, type GenericSiteConfig, parseGenericSiteConfig } from 'connectors/generic';
import { useEffect, useRef, useState } from 'preact/hooks';
import { localized } from '../../i18n';
import { type SiteDraft, configFromDraft, errorsByField, slugFrom } from './draft';
import { ExtractorFields } from './ExtractorFields';
import { Field, describedBy } from './Field';
import { requestAccess, saveSite } from './genericSites';
import { t } from './messages';

export type EditorOutcome = { kind: 'saved'; config: GenericSiteConfig; granted: boolean; registered: boolean } | { kind: 'failed'; reason: string };

/**
 * The generic connector builder: a form over a site description, validated by the connector's own parser with
 * each error shown at its field. Saving asks for the site's hosts in the same click, then stores the site and
 * has the background register its content script.
 */
export function SiteEditor(props: { initial: SiteDraft; editing?: GenericSiteConfig; onDone: (outcome: EditorOutcome) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<ConfigError[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const byField = errorsByField(errors);
  const set = (patch: Partial<SiteDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('#site-label')?.focus();
  }, []);
  useEffect(() => {
    if (errors.length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.focus();
  }, [errors]);

  const finish = async (config: GenericSiteConfig, asked: Promise<boolean>) => {
    setBusy(true);
    try {
      const granted = await asked;
      const sync = await saveSite(config, granted, props.editing);
      props.onDone({ kind: 'saved', config, granted, registered: sync.registered.includes(`generic-${config.id}`) });
    } catch (error) {
      props.onDone({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const filled = draft.id.trim() === '' ? { ...draft, id: slugFrom(draft.label) } : draft;
    const parsed = parseGenericSiteConfig(configFromDraft(filled));
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    setDraft(filled);
    // The permission prompt needs the user's click: ask before anything is awaited.
    void finish(parsed.config, requestAccess(parsed.config.matches));
  };

  const input = (key: 'id' | 'label' | 'recordUrl' | 'recordUrlFlags' | 'objectType', label: string, help?: string) => {
    const inputId = `site-${key}`;
    return (
      <Field inputId={inputId} label={label} help={help} errors={byField.get(key)}>
        <input
          id={inputId}
          name={key}
          type="text"
          spellcheck={false}
          value={draft[key]}
          onInput={(e) => set({ [key]: e.currentTarget.value })}
          {...describedBy(inputId, byField.get(key), help !== undefined)}
        />
      </Field>
    );
  };

  const general = byField.get('') ?? [];
  return (
    <form
      class="card site-editor"
      ref={form}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) props.onCancel();
      }}
      noValidate aria-labelledby="site-editor-title" data-testid="site-editor">
      <h3 id="site-editor-title">{props.editing ? t('editorEdit', { site: props.editing.label }) : t('editorNew')}</h3>
      {errors.length > 0 && (
        <p class="error" role="alert" data-testid="site-errors">
          {t('fixErrors', { count: byField.size })}
        </p>
      )}
      {general.length > 0 && (
        <ul class="field-error error" tabIndex={-1}>
          {general.map((e) => (
            <li key={e.message.en}>{localized(e.message)}</li>
          ))}
        </ul>
      )}
      <div class="row">
        {input('label', t('fieldLabel'))}
        {input('id', t('fieldId'), t('fieldIdHelp'))}
      </div>
      <Field inputId="site-matches" label={t('fieldMatches')} help={t('fieldMatchesHelp')} errors={byField.get('matches')}>
        <textarea
          id="site-matches"
          name="matches"
          rows={2}
          spellcheck={false}
          value={draft.matches}
          placeholder="https://erp.example.com/*"
          onInput={(e) => set({ matches: e.currentTarget.value })}
          {...describedBy('site-matches', byField.get('matches'), true)}
        />
      </Field>
      <div class="row">
        {input('recordUrl', t('fieldRecordUrl'))}
        {input('recordUrlFlags', t('fieldFlags'))}
        {input('objectType', t('fieldObjectType'))}
        <Field inputId="site-navigation" label={t('fieldNavigation')} errors={byField.get('navigation')}>
          <select id="site-navigation" value={draft.navigation} onChange={(e) => set({ navigation: e.currentTarget.value as SiteDraft['navigation'] })}>
            <option value="pushState">{t('navPushState')}</option>
            <option value="hash">{t('navHash')}</option>
            <option value="none">{t('navNone')}</option>
          </select>
        </Field>
      </div>
      <ExtractorFields which="recordId" value={draft.recordId} errors={byField} onChange={(recordId) => set({ recordId })} />
      <ExtractorFields which="customerName" value={draft.customerName} errors={byField} onChange={(customerName) => set({ customerName })} />
      <fieldset class="extractor">
        <legend>{t('badgeHeading')}</legend>
        <div class="row">
          <Field inputId="site-anchor-mode" label={t('anchorMode')} errors={byField.get('anchor.mode')}>
            <select id="site-anchor-mode" value={draft.anchorMode} onChange={(e) => set({ anchorMode: e.currentTarget.value as SiteDraft['anchorMode'] })}>
              <option value="floating">{t('modeFloating')}</option>
              <option value="prepend">{t('modePrepend')}</option>
              <option value="append">{t('modeAppend')}</option>
              <option value="before">{t('modeBefore')}</option>
              <option value="after">{t('modeAfter')}</option>
            </select>
          </Field>
          {draft.anchorMode !== 'floating' && (
            <Field inputId="site-anchor-selector" label={t('anchorSelector')} errors={[...(byField.get('anchor.selector') ?? []), ...(byField.get('anchor') ?? [])]}>
              <input
                id="site-anchor-selector"
                type="text"
                spellcheck={false}
                value={draft.anchorSelector}
                onInput={(e) => set({ anchorSelector: e.currentTarget.value })}
                {...describedBy('site-anchor-selector', byField.get('anchor.selector'))}
              />
            </Field>
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="site-save">
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
