import { type ArLensDb, deleteArFeed, loadArFeedSettings, loadArFeedState, refreshArFeed, saveArFeedSettings } from 'shared/db';
import { fetchArFeed } from 'shared/feed/arFeed';
import type { FeedOverview } from '../../protocol/feeds';
import { ledgerChanged, scheduleArFeed } from './feedAlarms';
import type { Handlers } from './services';

async function overview(db: ArLensDb): Promise<FeedOverview> {
  const [settings, state, last] = await Promise.all([loadArFeedSettings(db), loadArFeedState(db), db.meta.get('lastImport')]);
  const at = (last?.value as { at?: unknown } | undefined)?.at;
  return { settings, state, importedAt: typeof at === 'number' ? at : null };
}

/**
 * The AR feed card. The host permission for the feed's origin is requested by the options page at save time
 * (it needs the user's click); the background only fetches, writes and schedules.
 */
export const feedHandlers: Handlers<'feedGet' | 'feedTest' | 'feedSave' | 'feedRefresh' | 'feedDelete'> = {
  feedGet: (s) => overview(s.db),
  feedTest: async (s, r) => {
    const outcome = await fetchArFeed(r.settings.config, { now: s.now });
    if (outcome.kind === 'failed') return { ok: false, error: outcome.error.message };
    if (outcome.kind === 'unchanged') return { ok: false, error: { en: 'Unexpected 304 without an ETag.', zh_CN: '数据源意外返回 304。' } };
    const { result } = outcome;
    return {
      ok: true,
      pages: outcome.pages,
      customers: result.customers.length,
      invoices: result.invoices.length,
      contacts: result.contacts.length,
      issues: result.issues.slice(0, 20),
    };
  },
  feedSave: async (s, r) => {
    await saveArFeedSettings(s.db, r.settings, s.now());
    await scheduleArFeed(s);
    await refreshArFeed(s.db, s.now());
    await ledgerChanged(s);
    return overview(s.db);
  },
  feedRefresh: async (s) => {
    await refreshArFeed(s.db, s.now());
    await ledgerChanged(s);
    return overview(s.db);
  },
  feedDelete: async (s) => {
    await deleteArFeed(s.db);
    await scheduleArFeed(s);
    return overview(s.db);
  },
};
