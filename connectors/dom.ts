/** Small DOM helpers shared by connectors. */

/** Collapses white space and trims; returns undefined for empty text. */
export function cleanText(text: string | null | undefined): string | undefined {
  const t = (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/** True when the element is rendered (not display:none / hidden ancestors), by layout where the DOM has one. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const view = el.ownerDocument.defaultView;
  if (view && typeof (el as HTMLElement).offsetParent !== 'undefined' && 'getClientRects' in el) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/** The first element matching `selector` that is shown. */
export function firstShown(root: ParentNode, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (isShown(el)) return el;
  return null;
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
