/**
 * Omnibox descriptions are XML (Chrome styles <match>, <dim>, <url>): every piece of data put into one must
 * have the five predefined entities escaped, or a customer named "<dim>" would restyle the list or break it.
 */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Text the omnibox may carry: no control characters, at most `max` characters. */
export function omniboxText(text: string, max = 120): string {
  const clean = text.replace(/\p{Cc}+/gu, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
