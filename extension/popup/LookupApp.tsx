import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './messages';
import { openCustomerPage, openImport } from './openPages';
import { ResultOption } from './ResultOption';
import { useLookup } from './useLookup';

const LISTBOX_ID = 'lookup-results';
const optionId = (i: number) => `lookup-option-${i}`;

/**
 * The quick credit lookup: a combobox whose listbox updates on every keystroke. ↑/↓ move the active option
 * (aria-activedescendant; focus stays in the input), Enter opens the active customer (or the first one),
 * Escape clears the query, and closes the popup when it is already empty.
 */
export function LookupApp({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  const state = useLookup(query);
  const input = useRef<HTMLInputElement>(null);
  const hits = state.phase === 'done' && state.result.status === 'ok' && state.result.query === query ? state.result.hits : [];
  const stale = state.phase === 'done' && state.result.status === 'ok' && state.result.query !== query;

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(-1), [query]);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length > 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        e.preventDefault();
        void openCustomerPage(hit.customerId);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query === '') window.close();
      else setQuery('');
    }
  };

  const noData = state.phase === 'done' && state.result.status === 'no-data';
  const expanded = hits.length > 0;
  return (
    <main class="lookup" data-state={noData ? 'no-data' : state.phase}>
      <h1 class="title">{t('title')}</h1>
      <label for="lookup-query" class="label">
        {t('searchLabel')}
      </label>
      <input
        id="lookup-query"
        ref={input}
        type="text"
        // Without a datalist Chromium exposes a text input as a plain textbox; the combobox role must be explicit.
        // biome-ignore lint/a11y/noRedundantRoles: see above
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={active >= 0 && active < hits.length ? optionId(active) : undefined}
        aria-describedby="lookup-hint"
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        placeholder={t('placeholder')}
        value={query}
        disabled={noData}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="lookup-hint" class="muted small">
        {query === '' ? t('hint') : t('keysHint')}
      </p>
      <div id={LISTBOX_ID} role="listbox" aria-label={t('results')} class="results" aria-busy={stale || state.phase === 'loading'}>
        {hits.map((hit, i) => (
          <ResultOption
            key={hit.customerId}
            id={optionId(i)}
            hit={hit}
            active={i === active}
            onChoose={() => void openCustomerPage(hit.customerId)}
            onHover={() => setActive(i)}
          />
        ))}
      </div>
      <div role="status" class="status-line">
        {noData ? (
          <p class="empty" data-testid="no-data">
            {t('noData')}{' '}
            <button type="button" class="link" onClick={() => void openImport()}>
              {t('importLedger')}
            </button>
          </p>
        ) : state.phase === 'error' ? (
          <p class="error">{t('error', { reason: state.reason })}</p>
        ) : query.trim() !== '' && !stale && state.phase === 'done' ? (
          hits.length === 0 ? (
            <p class="empty" data-testid="no-match">
              {t('noMatch', { query })}
            </p>
          ) : (
            <p class="sr-only">{t('resultCount', { count: hits.length })}</p>
          )
        ) : null}
      </div>
    </main>
  );
}
