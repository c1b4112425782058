import type { ManagedPolicy, PolicyIssue } from 'shared/feed/rulePack';
import {
  type FeedConfigProblem,
  type RulePackStatus,
  dexieRulePackCache,
  loadFeedConfig,
  loadRulePackStatus,
  saveFeedConfig,
} from 'shared/db/rulePackRepo';
import type { CachedRulePack } from 'shared/feed/rulePack';
import { useEffect, useState } from 'preact/hooks';
import { intlLocale, localized } from '../../i18n';
import { effectiveFeed, readManagedPolicy } from '../../entrypoints/background/policy';
import { refreshConfiguredRulePack } from '../../entrypoints/background/rulePackAlarms';
import { db } from '../db';
import { hasFeedAccess, requestFeedAccess } from './hostAccess';
import { t } from './messages';
import './feeds.css';

interface Form {
  url: string;
  publicKey: string;
  keyId: string;
}

const when = (at: number) => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(at);

/** The active rule pack, the feed settings (read-only under a managed policy), "refresh now" and the last outcome. */
export function RulePackFeedCard() {
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  const [issues, setIssues] = useState<PolicyIssue[]>([]);
  const [active, setActive] = useState<CachedRulePack | undefined>();
  const [status, setStatus] = useState<RulePackStatus | undefined>();
  const [form, setForm] = useState<Form>({ url: '', publicKey: '', keyId: '' });
  const [problems, setProblems] = useState<FeedConfigProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [access, setAccess] = useState(true);

  const reload = async () => {
    const [state, config, cached, last] = await Promise.all([
      readManagedPolicy(),
      loadFeedConfig(db),
      dexieRulePackCache(db).get(),
      loadRulePackStatus(db),
    ]);
    setPolicy(state.policy);
    setIssues(state.issues);
    setActive(cached);
    setStatus(last);
    const feed = effectiveFeed(state.policy, config);
    if (feed) {
      setForm({ url: feed.config.url, publicKey: feed.config.publicKey, keyId: feed.config.keyId ?? '' });
      setAccess(await hasFeedAccess(feed.config.url));
    }
  };
  useEffect(() => {
    reload();
  }, []);

  const locked = policy.ruleFeed !== undefined;
  const problem = (field: FeedConfigProblem['field']) => problems.find((p) => p.field === field);
  const urlProblem = problem('url');
  const keyProblem = problem('publicKey');

  const save = async (e: Event) => {
    e.preventDefault();
    setNote(null);
    // The permission prompt needs the click's user gesture: ask before anything is awaited.
    const granted = requestFeedAccess(form.url).catch(() => false);
    const found = await saveFeedConfig(db, { url: form.url, publicKey: form.publicKey, keyId: form.keyId }, Date.now());
    setProblems(found);
    if (found.length > 0) return;
    setAccess(await granted);
    setNote(t('saved'));
  };

  const grant = async () => {
    setAccess(await requestFeedAccess(form.url).catch(() => false));
  };

  const refresh = async () => {
    setBusy(true);
    setNote(null);
    try {
      await refreshConfiguredRulePack(db, Date.now());
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const origin = (() => {
    try {
      return new URL(form.url).origin;
    } catch {
      return form.url;
    }
  })();

  return (
    <section class="card feed-card" aria-labelledby="feed-heading" data-testid="rule-pack-card">
      <h2 id="feed-heading">{t('heading')}</h2>
      <p class="muted">{t('intro')}</p>
      <dl class="feed-active" data-testid="rule-pack-active" data-version={active?.pack.version ?? ''} data-origin={active ? 'feed' : 'builtin'}>
        <dt>{t('active')}</dt>
        <dd>{active ? t('feedPack', { name: localized(active.pack.name), version: active.pack.version }) : t('builtin')}</dd>
        {active ? (
          <>
            <dt>{t('source')}</dt>
            <dd class="mono">{active.source}</dd>
            <dt>{t('keyId')}</dt>
            <dd class="mono">{active.keyId || '—'}</dd>
            <dt>{t('signature')}</dt>
            <dd class="mono">{`${active.signature.slice(0, 24)}…`}</dd>
            <dt>{t('fetchedAt')}</dt>
            <dd>{when(active.fetchedAt)}</dd>
          </>
        ) : null}
      </dl>

      {status ? (
        <div data-testid="rule-pack-status" data-outcome={status.outcome} data-code={status.reason?.code ?? ''}>
          <p class={status.reason ? 'error' : 'ok'} role={status.reason ? 'alert' : 'status'}>
            {t('lastAttempt', { time: when(status.attemptedAt), outcome: t(`outcome_${status.outcome}`) })}
            {status.reason ? ` — ${localized(status.reason.message)}` : ''}
          </p>
          {status.reason?.detail ? <p class="muted mono small">{status.reason.detail}</p> : null}
        </div>
      ) : null}

      {issues.map((issue) => (
        <p key={issue.key} class="error" role="alert">
          {t('policyIssue', { message: localized(issue.message) })}
        </p>
      ))}
      {locked ? (
        <p class="muted" data-testid="feed-locked">
          {t('locked')}
        </p>
      ) : null}

      <form class="feed-form" onSubmit={save}>
        <label for="feed-url">{t('url')}</label>
        <input
          id="feed-url"
          type="url"
          value={form.url}
          disabled={locked}
          maxLength={2000}
          aria-invalid={urlProblem ? 'true' : undefined}
          aria-describedby={urlProblem ? 'feed-url-error' : undefined}
          onInput={(e) => setForm({ ...form, url: e.currentTarget.value })}
        />
        {urlProblem ? (
          <p id="feed-url-error" class="error">
            {localized(urlProblem.message)}
          </p>
        ) : null}
        <label for="feed-key">{t('publicKey')}</label>
        <textarea
          id="feed-key"
          rows={3}
          value={form.publicKey}
          disabled={locked}
          maxLength={4000}
          aria-invalid={keyProblem ? 'true' : undefined}
          aria-describedby={keyProblem ? 'feed-key-error' : undefined}
          onInput={(e) => setForm({ ...form, publicKey: e.currentTarget.value })}
        />
        {keyProblem ? (
          <p id="feed-key-error" class="error">
            {localized(keyProblem.message)}
          </p>
        ) : null}
        <label for="feed-key-id">{t('keyIdField')}</label>
        <input
          id="feed-key-id"
          value={form.keyId}
          disabled={locked}
          maxLength={200}
          onInput={(e) => setForm({ ...form, keyId: e.currentTarget.value })}
        />
        <div class="feed-buttons">
          {locked ? null : (
            <button type="submit" id="feed-save">
              {t('save')}
            </button>
          )}
          <button type="button" id="feed-refresh" onClick={refresh} disabled={busy || form.url === ''}>
            {busy ? t('refreshing') : t('refresh')}
          </button>
          {!access && form.url ? (
            <button type="button" onClick={grant}>
              {t('grant', { origin })}
            </button>
          ) : null}
        </div>
      </form>
      {!access && form.url ? <p class="error">{t('permissionDenied', { origin })}</p> : null}
      {note ? (
        <p class="ok" role="status">
          {note}
        </p>
      ) : null}
    </section>
  );
}
