/** Same-origin iframes reached from the top document (old QQ Mail, 163 / 126 Mail). */

/** The iframe's document, or null when it is not an iframe, not loaded, or cross-origin. */
export function frameDocument(frame: Element | null | undefined): Document | null {
  if (frame?.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The editable body of an editor iframe (designMode on, or a contenteditable body), as Mailvelope's findEditable. */
export function editableFrameBody(frame: Element | null | undefined): HTMLElement | null {
  const doc = frameDocument(frame);
  const body = doc?.body;
  if (!doc || !body) return null;
  const editable = doc.designMode === 'on' || body.isContentEditable || body.getAttribute('contenteditable') === 'true';
  return editable ? body : null;
}

/** Drops elements nested inside another element of the list, keeping document order. */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
