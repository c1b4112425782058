import type { Anchor } from 'connectors/types';

/** Marks every element AR Lens puts into a page, so the runtime can find (and never duplicate) its own UI. */
export const HOST_TAG = 'ar-lens-badge';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders into. */
  mount: HTMLElement;
  remove(): void;
}

/**
 * Creates the isolated host for injected UI. The page's CSS cannot reach into the shadow root and ours
 * cannot leak out; page data is only ever rendered as text by Preact.
 */
export function createShadowHost(doc: Document, css: string, key: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.dataset.key = key;
  // Open so assistive tech and tests can reach it; nothing secret is inside.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  return { host, root, mount, remove: () => host.remove() };
}

/** Places the host at the connector's anchor, or floats it at the viewport's corner. */
export function placeHost(host: HTMLElement, anchor: Anchor | null, doc: Document): void {
  if (!anchor) {
    host.dataset.floating = '';
    if (host.parentNode !== doc.body) doc.body.append(host);
    return;
  }
  delete host.dataset.floating;
  const { el, mode } = anchor;
  if (mode === 'prepend') el.prepend(host);
  else if (mode === 'append') el.append(host);
  else if (mode === 'before') el.before(host);
  else el.after(host);
}
