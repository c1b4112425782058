import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getLocale, intlLocale } from '../../i18n';
import { sendMessage } from '../../lib/sendMessage';
import type { FeedOverview, FeedTestResult } from '../../protocol/feeds';
import { ft } from './feedMessages';
import { EMPTY_FORM, type FeedForm, type FormProblem, formFromSettings, originPattern, settingsFromForm } from './feedForm';

function problemText(p: FormProblem): string {
  switch (p.kind) {
    case 'url':
      return ft('badUrl');
    case 'insecure':
      return ft('insecure');
    case 'mapping':
      return ft('badMapping', { line: p.line });
    case 'cursor':
      return ft('badCursor');
    case 'refresh':
      return ft('badRefresh');
  }
}

const when = (at: number) => new Date(at).toLocaleString(intlLocale());

/** The AR feed: settings, test (no write), save (asks for the origin's host permission), refresh now, status. */
export function FeedsCard({ refreshKey, onLedgerChanged }: { refreshKey: number; onLedgerChanged(): void }) {
  const [form, setForm] = useState<FeedForm>(EMPTY_FORM);
  const [overview, setOverview] = useState<FeedOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    sendMessage({ type: 'feedGet' }).then((o) => {
      setOverview(o);
      // Saved settings fill the form; after "delete everything" (a later refresh) an empty form replaces them.
      if (o.settings) setForm(formFromSettings(o.settings));
      else if (refreshKey > 0) setForm(EMPTY_FORM);
    });
  }, [refreshKey]);

  const field = (key: keyof FeedForm) => ({
    value: form[key],
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
    disabled: busy,
  });

  const withSettings = async (act: (settings: Exclude<ReturnType<typeof settingsFromForm>, FormProblem>) => Promise<void>) => {
    const settings = settingsFromForm(form);
    if (!('config' in settings)) {
      setMessage({ ok: false, text: problemText(settings) });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await act(settings);
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const showTest = (r: FeedTestResult) =>
    setMessage(
      r.ok
        ? { ok: true, text: ft('testOk', { pages: r.pages, customers: r.customers, invoices: r.invoices, issues: r.issues.length }) }
        : { ok: false, text: ft('testFailed', { reason: r.error[getLocale()] }) },
    );

  const save = () =>
    withSettings(async (settings) => {
      // Only https origins can be granted (optional_host_permissions); a loopback http feed must answer CORS itself.
      if (settings.config.url.startsWith('https:')) {
        const origin = originPattern(settings.config.url);
        const granted = await browser.permissions.request({ origins: [origin] });
        if (!granted) {
          setMessage({ ok: false, text: ft('permissionDenied', { origin }) });
          return;
        }
      }
      setOverview(await sendMessage({ type: 'feedSave', settings }));
      onLedgerChanged();
    });

  const refresh = async () => {
    setBusy(true);
    try {
      setOverview(await sendMessage({ type: 'feedRefresh' }));
      onLedgerChanged();
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setOverview(await sendMessage({ type: 'feedDelete' }));
    setForm(EMPTY_FORM);
  };

  const state = overview?.state;
  const locale = getLocale();
  return (
    <section class="card feeds import-ui" aria-labelledby="ar-feed-heading" data-testid="ar-feed-card" data-loaded={overview !== null}>
      <h2 id="ar-feed-heading">{ft('feedHeading')}</h2>
      <p class="muted">{ft('feedHelp')}</p>
      <div class="feed-grid">
        <label for="ar-feed-url">{ft('url')}</label>
        <input id="ar-feed-url" type="url" autocomplete="off" {...field('url')} />
        <label for="ar-feed-header-name">{ft('headerName')}</label>
        <input id="ar-feed-header-name" autocomplete="off" {...field('headerName')} />
        <label for="ar-feed-header-value">{ft('headerValue')}</label>
        <input id="ar-feed-header-value" type="password" autocomplete="off" {...field('headerValue')} />
        <label for="ar-feed-token">{ft('token')}</label>
        <input id="ar-feed-token" type="password" autocomplete="off" {...field('token')} />
        <label for="ar-feed-rows-path">{ft('rowsPath')}</label>
        <input id="ar-feed-rows-path" {...field('rowsPath')} />
        <label for="ar-feed-mapping">{ft('mapping')}</label>
        <textarea id="ar-feed-mapping" rows={5} {...field('mapping')} />
        <label for="ar-feed-pagination">{ft('pagination')}</label>
        <select
          id="ar-feed-pagination"
          value={form.pagination}
          disabled={busy}
          onChange={(e) => setForm({ ...form, pagination: e.currentTarget.value as FeedForm['pagination'] })}
        >
          <option value="none">{ft('pageNone')}</option>
          <option value="page">{ft('pagePage')}</option>
          <option value="cursor">{ft('pageCursor')}</option>
          <option value="link">{ft('pageLink')}</option>
        </select>
        {form.pagination === 'page' || form.pagination === 'cursor' ? (
          <>
            <label for="ar-feed-page-param">{ft('pageParam')}</label>
            <input id="ar-feed-page-param" {...field('pageParam')} />
          </>
        ) : null}
        {form.pagination !== 'none' ? (
          <>
            <label for="ar-feed-page-path">{ft('pagePath')}</label>
            <input id="ar-feed-page-path" {...field('pagePath')} />
          </>
        ) : null}
        <label for="ar-feed-refresh">{ft('refreshMinutes')}</label>
        <input id="ar-feed-refresh" type="number" min={15} max={10080} {...field('refreshMinutes')} />
      </div>
      <div class="actions">
        <button type="button" data-testid="ar-feed-test" disabled={busy} onClick={() => withSettings(async (settings) => showTest(await sendMessage({ type: 'feedTest', settings })))}>
          {ft('test')}
        </button>
        <button type="button" class="primary" data-testid="ar-feed-save" disabled={busy} onClick={save}>
          {ft('save')}
        </button>
        <button type="button" data-testid="ar-feed-refresh" disabled={busy || !overview?.settings} onClick={refresh}>
          {ft('refreshNow')}
        </button>
        <button type="button" data-testid="ar-feed-delete" disabled={busy || !overview?.settings} onClick={remove}>
          {ft('remove')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {busy ? <p class="muted">{ft('working')}</p> : null}
        {message ? (
          <p class={message.ok ? 'ok' : 'error'} data-testid="ar-feed-message">
            {message.text}
          </p>
        ) : null}
        {state?.lastSuccessAt !== undefined && state.counts ? (
          <p class="ok" data-testid="ar-feed-last-success" data-at={state.lastSuccessAt}>
            {ft('lastSuccess', { time: when(state.lastSuccessAt), customers: state.counts.customers, invoices: state.counts.invoices })}
          </p>
        ) : null}
        {state?.error ? (
          <p class="error" role="alert" data-testid="ar-feed-error" data-code={state.error.code}>
            {ft('lastError', { time: when(state.lastAttemptAt), reason: state.error.message[locale] })}
          </p>
        ) : null}
        {overview?.settings && !state ? <p class="muted">{ft('neverRefreshed')}</p> : null}
        {overview?.importedAt ? (
          <p class="muted" data-testid="ar-feed-data-age" data-at={overview.importedAt}>
            {ft('dataAge', { time: when(overview.importedAt) })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
