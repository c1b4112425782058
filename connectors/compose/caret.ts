/**
 * Keeps the caret of a compose body across a click elsewhere. When the user presses the AR Lens button or types
 * in its dialog, the document's selection leaves the body; save it first (on the button's `pointerdown`) and
 * restore it right before `insertText`, so the text lands where the user was writing.
 */

/** A copy of the selection's range when it lies inside `body`, else null. */
export function saveCaret(body: HTMLElement): Range | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  return range.cloneRange();
}

/** Puts a saved range back as the selection, if its nodes are still inside `body`. Returns whether it did. */
export function restoreCaret(body: HTMLElement, range: Range | null): boolean {
  if (!range || !body.contains(range.startContainer) || !body.contains(range.endContainer)) return false;
  const selection = body.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
