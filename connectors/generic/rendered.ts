/**
 * Visibility that works in a browser and in happy-dom alike. `dom.ts`'s `isShown` only consults computed style
 * when `offsetParent` exists (happy-dom has none, so hidden elements count as shown there), and it reads only the
 * element's own `display`, which is not inherited: a child of a `display:none` page reports `block`. Here every
 * ancestor is checked, which is what "is this on screen" means in both environments.
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
