import { GENERIC_PRESETS, type GenericSiteConfig } from 'connectors/generic';
import { useEffect, useState } from 'preact/hooks';
import { type SiteDraft, draftFromConfig, emptyDraft } from './draft';
import { type SiteRow, loadSiteRows, removeSite, requestAccess, switchSite } from './genericSites';
import { t } from './messages';
import { type EditorOutcome, SiteEditor } from './SiteEditor';
import { TestPanel } from './TestPanel';

type Editing = { draft: SiteDraft; editing?: GenericSiteConfig; key: number } | null;
type Status = { kind: 'ok' | 'error'; text: string } | null;

function outcomeStatus(o: EditorOutcome): Status {
  if (o.kind === 'failed') return { kind: 'error', text: t('syncFailed', { reason: o.reason }) };
  const patterns = o.config.matches.join(', ');
  if (!o.granted) return { kind: 'error', text: t('permissionDenied', { patterns }) };
  return { kind: 'ok', text: t('saved', { site: o.config.label, patterns }) };
}

/** The user's own sites: the list with switch, edit, delete and test, and the builder for a new or edited one. */
export function GenericSites() {
  const [rows, setRows] = useState<SiteRow[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [start, setStart] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const refresh = () => loadSiteRows().then(setRows, () => setRows([]));
  useEffect(() => {
    refresh();
  }, []);

  const begin = () => {
    const preset = GENERIC_PRESETS.find((p) => p.id === start);
    setStatus(null);
    setEditing({ draft: preset ? draftFromConfig(preset) : emptyDraft(), key: Date.now() });
  };

  const done = (o: EditorOutcome) => {
    setStatus(outcomeStatus(o));
    if (o.kind === 'saved') setEditing(null);
    refresh();
  };

  const toggle = (row: SiteRow, on: boolean) => {
    if (!row.config) return;
    const config = row.config;
    // Switching on may need the hosts again (the user may have revoked them): ask within this click.
    const asked = on ? requestAccess(config.matches) : Promise.resolve(true);
    void (async () => {
      const granted = await asked;
      await switchSite(row.stored.id, on && granted);
      if (on && !granted) setStatus({ kind: 'error', text: t('permissionDenied', { patterns: config.matches.join(', ') }) });
      else setStatus({ kind: 'ok', text: on ? t('saved', { site: config.label, patterns: config.matches.join(', ') }) : t('savedOff', { site: config.label }) });
      refresh();
    })();
  };

  const remove = async (row: SiteRow) => {
    const label = row.config?.label ?? row.stored.id;
    if (!confirm(t('confirmDelete', { site: label, patterns: row.config?.matches.join(', ') ?? '' }))) return;
    await removeSite(row);
    setStatus({ kind: 'ok', text: t('deleted', { site: label }) });
    refresh();
  };

  return (
    <section class="card" aria-labelledby="generic-heading">
      <h2 id="generic-heading">{t('genericHeading')}</h2>
      <p class="muted">{t('genericHelp')}</p>
      {status && (
        <p class={status.kind} role="status" data-testid="site-status">
          {status.text}
        </p>
      )}
      {rows?.length === 0 && <p class="muted">{t('noSites')}</p>}
      <ul class="sites">
        {rows?.map((row) => (
          <li key={row.stored.id} class="site" data-site-id={row.stored.id}>
            <div class="site-head">
              <label>
                <input type="checkbox" checked={row.stored.enabled && row.granted} disabled={!row.config} onChange={(e) => toggle(row, e.currentTarget.checked)} />{' '}
                <strong>{row.config?.label ?? row.stored.id}</strong>
              </label>
              <span class="muted site-state" data-testid="site-state">
                {!row.stored.enabled
                  ? t('statusOff')
                  : row.granted
                    ? t('statusOn', { patterns: row.config?.matches.join(', ') ?? '' })
                    : t('statusNoPermission', { patterns: row.config?.matches.join(', ') ?? '' })}
              </span>
              <span class="site-actions">
                {row.config && (
                  <button type="button" onClick={() => row.config && setEditing({ draft: draftFromConfig(row.config), editing: row.config, key: Date.now() })}>
                    {t('editSite')}
                  </button>
                )}
                <button type="button" onClick={() => remove(row)}>
                  {t('deleteSite')}
                </button>
              </span>
            </div>
            {row.config && (
              <details>
                <summary>{t('testHeading')}</summary>
                <TestPanel config={row.config} granted={row.granted} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {!editing && (
        <div class="new-site">
          <label for="site-start">{t('startFrom')}</label>{' '}
          <select id="site-start" value={start} onChange={(e) => setStart(e.currentTarget.value)}>
            <option value="">{t('fromScratch')}</option>
            {GENERIC_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>{' '}
          <button type="button" class="primary" onClick={begin} data-testid="new-site">
            {t('newSite')}
          </button>
        </div>
      )}
      {editing && <SiteEditor key={editing.key} initial={editing.draft} editing={editing.editing} onDone={done} onCancel={() => setEditing(null)} />}
    </section>
  );
}
