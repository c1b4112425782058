import { browser } from 'wxt/browser';

/**
 * The on/off switch of each built-in site, in `browser.storage.local` so that a content script can read it with
 * one cheap call at start (it may not open the extension's database). Only switched-off sites are stored:
 * `{ salesforce: false }`. Written by the options page, read by every built-in content script.
 */
export const SITE_SWITCHES_KEY = 'connectors.siteSwitches';

export type SiteSwitches = Record<string, boolean>;

function parse(value: unknown): SiteSwitches {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
}

export async function readSiteSwitches(): Promise<SiteSwitches> {
  return parse((await browser.storage.local.get(SITE_SWITCHES_KEY))[SITE_SWITCHES_KEY]);
}

/** True unless the user switched the site off; a storage failure leaves the site on. */
export async function siteEnabled(connectorId: string): Promise<boolean> {
  try {
    return (await readSiteSwitches())[connectorId] !== false;
  } catch {
    return true;
  }
}

export async function setSiteEnabled(connectorId: string, enabled: boolean): Promise<SiteSwitches> {
  const next = { ...(await readSiteSwitches()) };
  if (enabled) delete next[connectorId];
  else next[connectorId] = false;
  await browser.storage.local.set({ [SITE_SWITCHES_KEY]: next });
  return next;
}
