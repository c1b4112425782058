import { browser } from 'wxt/browser';

/**
 * The match pattern for a feed's origin when it needs a host permission (https); loopback http addresses
 * (local tools, tests) are read under CORS and are outside the manifest's optional_host_permissions.
 */
export function feedOriginPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `https://${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export async function hasFeedAccess(url: string): Promise<boolean> {
  const pattern = feedOriginPattern(url);
  return pattern === null || browser.permissions.contains({ origins: [pattern] });
}

/** Asks for the feed origin; must run inside the click that saves the feed (a user gesture), before any await. */
export function requestFeedAccess(url: string): Promise<boolean> {
  const pattern = feedOriginPattern(url);
  return pattern === null ? Promise.resolve(true) : browser.permissions.request({ origins: [pattern] });
}
