import type { ArLensDb } from './schema';

/** `db.documents` id of the user-described (generic connector) sites. */
export const GENERIC_SITES_DOCUMENT_ID = 'connectors.generic-sites';

/**
 * One user-described site as stored. `config` is the site description exactly as the options page validated it
 * (the generic connector's `GenericSiteConfig`); shared/ does not know its shape, so every reader validates it
 * again before use. A site is `enabled` only while the user wants it and granted its host permission.
 */
export interface StoredGenericSite {
  id: string;
  config: unknown;
  enabled: boolean;
  updatedAt: number;
}

const SITE_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;

function isStoredSite(x: unknown): x is StoredGenericSite {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.id === 'string' && SITE_ID.test(r.id) && typeof r.enabled === 'boolean' && typeof r.updatedAt === 'number' && 'config' in r;
}

/** The stored sites in the order they were first saved; a damaged document reads as no sites, never throws. */
export async function loadGenericSites(db: ArLensDb): Promise<StoredGenericSite[]> {
  const value = (await db.documents.get(GENERIC_SITES_DOCUMENT_ID))?.value;
  return Array.isArray(value) ? value.filter(isStoredSite) : [];
}

async function rewrite(db: ArLensDb, now: number, change: (sites: StoredGenericSite[]) => StoredGenericSite[]): Promise<StoredGenericSite[]> {
  return db.transaction('rw', db.documents, async () => {
    const row = await db.documents.get(GENERIC_SITES_DOCUMENT_ID);
    const next = change(Array.isArray(row?.value) ? row.value.filter(isStoredSite) : []);
    await db.documents.put({ id: GENERIC_SITES_DOCUMENT_ID, version: (row?.version ?? 0) + 1, updatedAt: now, value: next });
    return next;
  });
}

/**
 * Adds the site or replaces the one with the same id (keeping its place). `previousId` names the site being edited
 * when the user changed its id, so the old entry goes instead of lingering beside the new one.
 */
export function saveGenericSite(
  db: ArLensDb,
  site: { id: string; config: unknown; enabled: boolean },
  now: number,
  previousId?: string,
): Promise<StoredGenericSite[]> {
  if (!SITE_ID.test(site.id)) return Promise.reject(new Error(`invalid site id: ${site.id}`));
  const stored: StoredGenericSite = { id: site.id, config: site.config, enabled: site.enabled, updatedAt: now };
  return rewrite(db, now, (sites) => {
    const replaced = previousId ?? site.id;
    const at = sites.findIndex((s) => s.id === replaced);
    const rest = sites.filter((s) => s.id !== site.id && s.id !== replaced);
    if (at < 0) return [...rest, stored];
    const before = sites.slice(0, at).filter((s) => s.id !== site.id).length;
    return [...rest.slice(0, before), stored, ...rest.slice(before)];
  });
}

/** Switches a stored site on or off; unknown ids change nothing. */
export function setGenericSiteEnabled(db: ArLensDb, id: string, enabled: boolean, now: number): Promise<StoredGenericSite[]> {
  return rewrite(db, now, (sites) => sites.map((s) => (s.id === id ? { ...s, enabled, updatedAt: now } : s)));
}

export function deleteGenericSite(db: ArLensDb, id: string, now: number): Promise<StoredGenericSite[]> {
  return rewrite(db, now, (sites) => sites.filter((s) => s.id !== id));
}
