import type { ArFeedSettings, ArFeedState } from 'shared/db';
import type { ImportIssue } from 'shared/import';
import { CANONICAL_FIELDS } from 'shared/import';
import * as v from 'valibot';
import { text } from './fields';

const path = text(200);
const param = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.[\]-]{1,60}$/));
const headerName = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,60}$/));

const PaginationSchema = v.variant('kind', [
  v.object({ kind: v.literal('none') }),
  v.object({
    kind: v.literal('page'),
    param: v.optional(param),
    start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1))),
    sizeParam: v.optional(param),
    size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    totalPagesPath: v.optional(path),
  }),
  v.object({ kind: v.literal('cursor'), param: v.optional(param), cursorPath: path }),
  v.object({ kind: v.literal('link'), nextPath: v.optional(path) }),
]);

/** A feed's settings as the options page sends them. Only http(s) URLs; the token and header are the user's secret. */
export const FeedSettingsSchema = v.object({
  refreshMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(7 * 24 * 60)),
  config: v.object({
    url: v.pipe(v.string(), v.maxLength(2000), v.url(), v.regex(/^https?:\/\//)),
    headers: v.optional(v.pipe(v.record(headerName, text(4000)), v.maxEntries(10))),
    token: v.optional(text(4000)),
    rowsPath: v.optional(path),
    fieldMapping: v.optional(v.partial(v.object(Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, path])) as Record<(typeof CANONICAL_FIELDS)[number], typeof path>))),
    pagination: v.optional(PaginationSchema),
    timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(120_000))),
    retries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))),
  }),
});

/** The AR feed card of the options page: read, test without writing, save and schedule, refresh now, remove. */
export const FEED_REQUESTS = [
  v.object({ type: v.literal('feedGet') }),
  v.object({ type: v.literal('feedTest'), settings: FeedSettingsSchema }),
  v.object({ type: v.literal('feedSave'), settings: FeedSettingsSchema }),
  v.object({ type: v.literal('feedRefresh') }),
  v.object({ type: v.literal('feedDelete') }),
] as const;

export interface FeedOverview {
  settings: ArFeedSettings | null;
  state: ArFeedState | null;
  /** When the ledger was last written or confirmed current (file import or feed). */
  importedAt: number | null;
}

export type FeedTestResult =
  | { ok: true; pages: number; customers: number; invoices: number; contacts: number; issues: ImportIssue[] }
  | { ok: false; error: { en: string; zh_CN: string } };

export interface FeedResponses {
  feedGet: FeedOverview;
  feedTest: FeedTestResult;
  feedSave: FeedOverview;
  feedRefresh: FeedOverview;
  feedDelete: FeedOverview;
}
