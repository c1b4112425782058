/** A shadow-root host for injected mail UI, created in the document it will live in (frames have their own). */
export interface MailHost {
  host: HTMLElement;
  mount: HTMLElement;
  remove(): void;
}

export function createMailHost(doc: Document, tag: string, css: string): MailHost {
  const host = doc.createElement(tag);
  // Open so assistive tech and tests can reach it; nothing secret is inside. Page CSS cannot reach in.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  return { host, mount, remove: () => host.remove() };
}
