import { type GenericSiteConfig, parseGenericSiteConfig } from 'connectors/generic';
import { type StoredGenericSite, deleteGenericSite, loadGenericSites, saveGenericSite, setGenericSiteEnabled } from 'shared/db/connectorSettingsRepo';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/sendMessage';
import type { GenericSync } from '../../protocol/connectors';
import { db } from '../db';

/** A stored site as the list shows it: its description validated again, and whether its hosts are granted. */
export interface SiteRow {
  stored: StoredGenericSite;
  config: GenericSiteConfig | null;
  granted: boolean;
}

export async function loadSiteRows(): Promise<SiteRow[]> {
  const sites = await loadGenericSites(db);
  return Promise.all(
    sites.map(async (stored) => {
      const parsed = parseGenericSiteConfig(stored.config);
      const config = parsed.ok ? parsed.config : null;
      const granted = config ? await browser.permissions.contains({ origins: config.matches }) : false;
      return { stored, config, granted };
    }),
  );
}

/**
 * Asks the browser for the site's hosts. Must be called synchronously from the click that saves or switches on
 * the site (the browser requires a user gesture); a refusal or an error reads as "not granted".
 */
export function requestAccess(matches: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: matches }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives back the host permissions of patterns no stored site uses any more (after an edit or a delete). */
async function releaseUnused(patterns: readonly string[]): Promise<void> {
  const inUse = new Set(
    (await loadGenericSites(db)).flatMap((s) => {
      const parsed = parseGenericSiteConfig(s.config);
      return parsed.ok ? parsed.config.matches : [];
    }),
  );
  const unused = patterns.filter((p) => !inUse.has(p));
  if (unused.length > 0) await browser.permissions.remove({ origins: unused }).catch(() => false);
}

/** Tells the background to re-register the content scripts from the stored sites. */
function resync(): Promise<GenericSync> {
  return sendMessage({ type: 'connectorsChanged' });
}

export async function saveSite(config: GenericSiteConfig, enabled: boolean, previous?: GenericSiteConfig): Promise<GenericSync> {
  await saveGenericSite(db, { id: config.id, config, enabled }, Date.now(), previous?.id);
  if (previous) await releaseUnused(previous.matches.filter((m) => !config.matches.includes(m)));
  return resync();
}

export async function switchSite(id: string, enabled: boolean): Promise<GenericSync> {
  await setGenericSiteEnabled(db, id, enabled, Date.now());
  return resync();
}

export async function removeSite(row: SiteRow): Promise<GenericSync> {
  await deleteGenericSite(db, row.stored.id, Date.now());
  if (row.config) await releaseUnused(row.config.matches);
  return resync();
}
