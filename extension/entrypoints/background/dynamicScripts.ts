import { type GenericSiteConfig, parseGenericSiteConfig } from 'connectors/generic';
import { coversUrl } from 'connectors/generic/connector';
import { loadGenericSites } from 'shared/db/connectorSettingsRepo';
import type { ArLensDb } from 'shared/db';
import { browser } from 'wxt/browser';
import type { GenericSync } from '../../protocol/connectors';
import type { Services } from './services';

/** Registered content-script ids of generic sites: `generic-{site id}`, stable across edits of the site. */
const SCRIPT_PREFIX = 'generic-';
/** The bundle WXT builds from entrypoints/generic.content (registration: 'runtime', so not in the manifest). */
const GENERIC_SCRIPT = 'content-scripts/generic.js';

/** The enabled sites whose stored description is still valid (a stored one is validated again on every read). */
export async function enabledGenericConfigs(db: ArLensDb): Promise<GenericSiteConfig[]> {
  const configs: GenericSiteConfig[] = [];
  for (const site of await loadGenericSites(db)) {
    if (!site.enabled) continue;
    const parsed = parseGenericSiteConfig(site.config);
    if (parsed.ok) configs.push(parsed.config);
  }
  return configs;
}

/** The first enabled site whose patterns cover `url`, for the generic content script. */
export async function genericConfigFor(db: ArLensDb, url: string): Promise<GenericSiteConfig | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return (await enabledGenericConfigs(db)).find((c) => coversUrl(c, u)) ?? null;
}

function sameMatches(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((m, i) => m === b[i]);
}

function script(id: string, matches: string[]) {
  return { id, matches, js: [GENERIC_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true };
}

async function sync(db: ArLensDb): Promise<GenericSync> {
  const wanted = new Map<string, string[]>();
  const missingPermission: string[] = [];
  for (const config of await enabledGenericConfigs(db)) {
    // Registering for origins we may not read fails in Chrome; a site whose permission was revoked waits.
    if (await browser.permissions.contains({ origins: config.matches })) wanted.set(`${SCRIPT_PREFIX}${config.id}`, config.matches);
    else missingPermission.push(config.id);
  }
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const stale = existing.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const changed = existing.filter((s) => wanted.has(s.id) && !sameMatches(s.matches, wanted.get(s.id) ?? []));
  if (changed.length > 0) {
    await browser.scripting.updateContentScripts(changed.map((s) => script(s.id, wanted.get(s.id) ?? [])));
  }
  const known = new Set(existing.map((s) => s.id));
  const fresh = [...wanted].filter(([id]) => !known.has(id));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(fresh.map(([id, matches]) => script(id, matches)));
  }
  return { registered: [...wanted.keys()], missingPermission };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match the stored sites: one per enabled site holding its host permission,
 * updated when its patterns change, removed when the site is deleted, switched off or loses its permission.
 * Calls are serialised so two quick saves cannot register the same id twice.
 */
export function syncGenericScripts(db: ArLensDb): Promise<GenericSync> {
  const run = queue.then(() => sync(db));
  queue = run.catch(() => undefined);
  return run;
}

/** Re-syncs when the browser starts, the extension is installed or updated, or a host permission changes. */
export function registerGenericScriptSync(services: Services): void {
  const resync = () => {
    syncGenericScripts(services.db).catch((error: unknown) => console.warn('AR Lens: generic site scripts not synced', error));
  };
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
}
