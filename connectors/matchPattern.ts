/** Chrome/Firefox match patterns ("https://*.example.com/*"), tested against a URL without a browser. */
const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`invalid match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  let hostRe: string;
  if (host === '*') hostRe = '[^/]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/]+\\.)?${esc(host.slice(2))}`;
  else hostRe = esc(host);
  const pathRe = esc(path).replace(/\*/g, '.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export function matchesPattern(pattern: string, url: string | URL): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = toRegExp(pattern);
    cache.set(pattern, re);
  }
  const u = typeof url === 'string' ? new URL(url) : url;
  // Chrome tests the path pattern against path plus query; the fragment never takes part.
  return re.test(`${u.protocol}//${u.host}${u.pathname}${u.search}`);
}

export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
