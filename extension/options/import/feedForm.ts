import type { ArFeedSettings } from 'shared/db';
import type { ArFeedPagination } from 'shared/feed/arFeed';
import { CANONICAL_FIELDS, type CanonicalField } from 'shared/import';

/** The feed card's inputs, all text, as the user typed them. */
export interface FeedForm {
  url: string;
  headerName: string;
  headerValue: string;
  token: string;
  rowsPath: string;
  /** One `field = path` per line. */
  mapping: string;
  pagination: ArFeedPagination['kind'];
  /** Query parameter (page / cursor) or body path (cursor value / next URL). */
  pageParam: string;
  pagePath: string;
  refreshMinutes: string;
}

export const EMPTY_FORM: FeedForm = {
  url: '',
  headerName: '',
  headerValue: '',
  token: '',
  rowsPath: '',
  mapping: '',
  pagination: 'none',
  pageParam: '',
  pagePath: '',
  refreshMinutes: '360',
};

export type FormProblem = { kind: 'url' } | { kind: 'insecure' } | { kind: 'mapping'; line: string } | { kind: 'cursor' } | { kind: 'refresh' };

const isField = (f: string): f is CanonicalField => (CANONICAL_FIELDS as readonly string[]).includes(f);

/** Plain http is accepted only on this machine (a test or a local bridge); everything else must be https. */
function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** Null when the chosen pagination lacks what it needs (a cursor path). */
function pagination(form: FeedForm): ArFeedPagination | null {
  const param = form.pageParam.trim();
  const path = form.pagePath.trim();
  switch (form.pagination) {
    case 'none':
      return { kind: 'none' };
    case 'page':
      return { kind: 'page', ...(param ? { param } : {}), ...(path ? { totalPagesPath: path } : {}) };
    case 'cursor':
      return path ? { kind: 'cursor', cursorPath: path, ...(param ? { param } : {}) } : null;
    case 'link':
      return { kind: 'link', ...(path ? { nextPath: path } : {}) };
  }
}

/** Form → settings, or the first problem to show. */
export function settingsFromForm(form: FeedForm): ArFeedSettings | FormProblem {
  let url: URL;
  try {
    url = new URL(form.url.trim());
  } catch {
    return { kind: 'url' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return { kind: 'insecure' };
  const fieldMapping: Partial<Record<CanonicalField, string>> = {};
  for (const raw of form.mapping.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const [field = '', ...rest] = line.split('=');
    const key = field.trim();
    const path = rest.join('=').trim();
    if (!isField(key) || path === '') return { kind: 'mapping', line };
    fieldMapping[key] = path;
  }
  const pages = pagination(form);
  if (!pages) return { kind: 'cursor' };
  const minutes = Number(form.refreshMinutes);
  if (!Number.isInteger(minutes) || minutes < 15 || minutes > 7 * 24 * 60) return { kind: 'refresh' };
  const headerName = form.headerName.trim();
  return {
    refreshMinutes: minutes,
    config: {
      url: url.href,
      ...(headerName ? { headers: { [headerName]: form.headerValue } } : {}),
      ...(form.token.trim() ? { token: form.token.trim() } : {}),
      ...(form.rowsPath.trim() ? { rowsPath: form.rowsPath.trim() } : {}),
      ...(Object.keys(fieldMapping).length > 0 ? { fieldMapping } : {}),
      pagination: pages,
    },
  };
}

/** Saved settings → form, to edit them again. */
export function formFromSettings(settings: ArFeedSettings): FeedForm {
  const { config } = settings;
  const [headerName = '', headerValue = ''] = Object.entries(config.headers ?? {})[0] ?? [];
  const p = config.pagination ?? { kind: 'none' };
  return {
    url: config.url,
    headerName,
    headerValue,
    token: config.token ?? '',
    rowsPath: config.rowsPath ?? '',
    mapping: Object.entries(config.fieldMapping ?? {})
      .map(([field, path]) => `${field} = ${path}`)
      .join('\n'),
    pagination: p.kind,
    pageParam: p.kind === 'page' || p.kind === 'cursor' ? (p.param ?? '') : '',
    pagePath: p.kind === 'page' ? (p.totalPagesPath ?? '') : p.kind === 'cursor' ? p.cursorPath : p.kind === 'link' ? (p.nextPath ?? '') : '',
    refreshMinutes: String(settings.refreshMinutes),
  };
}

/** The origin pattern the feed needs a host permission for. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
