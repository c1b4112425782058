/** Small DOM helpers shared by connectors. */

/** Collapses white space and trims; returns undefined for empty text. */
export function cleanText(text: string | null | undefined): string | undefined {
  const t = (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/**
 * Visibility that works in a browser and in happy-dom alike. `display` is not inherited, so every ancestor is
 * checked: a child of a `display:none` page (Lightning's cached views) is not on screen. happy-dom has no
 * layout and its `checkVisibility` ignores `hidden`, hence the explicit walk.
 */
export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    if (!view) continue;
    const style = view.getComputedStyle(e);
    if (style.display === 'none') return false;
    if (e === el && style.visibility === 'hidden') return false;
  }
  return true;
}

/** The first element matching `selector` under `root` that is rendered; null also for an invalid selector. */
export function firstRendered(root: ParentNode, selector: string): Element | null {
  for (const el of queryAll(root, selector)) if (isRendered(el)) return el;
  return null;
}

/** Every rendered element matching `selector`, in document order. */
export function allRendered(root: ParentNode, selector: string): Element[] {
  return queryAll(root, selector).filter(isRendered);
}

/** `querySelectorAll` that answers an empty list instead of throwing on a selector the engine rejects. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The text of the value next to a label ("客户名称"), for pages without stable attributes. */
export function valueBesideLabel(root: ParentNode, label: string, labelSelector: string, valueSelector: string): string | undefined {
  for (const l of root.querySelectorAll(labelSelector)) {
    if (cleanText(l.textContent)?.replace(/[:：*]/g, '').trim() !== label) continue;
    const container = l.parentElement;
    const v = container?.querySelector(valueSelector);
    const text = cleanText(v?.textContent);
    if (text) return text;
  }
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Extracts one e-mail address from text such as "Wang Li <wang.li@acme.cn>". */
export function emailIn(text: string | null | undefined): string | undefined {
  return EMAIL.exec(text ?? '')?.[0]?.toLowerCase();
}
