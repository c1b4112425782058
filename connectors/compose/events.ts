/** Events a page's editor listens to, created from the element's own window (iframes have their own). */

function viewOf(el: Element): (Window & typeof globalThis) | null {
  return el.ownerDocument.defaultView;
}

/** An `input` event as the browser fires it after typing or pasting into a contenteditable. */
export function fireInput(el: Element, inputType: 'insertText' | 'insertFromPaste', data: string): void {
  const view = viewOf(el);
  if (!view) return;
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType, data }));
}

/** A plain `input` then `change`, as a form field fires them when the user edits it. */
export function fireInputAndChange(el: Element): void {
  const view = viewOf(el);
  if (!view) return;
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/**
 * A key press that types nothing (Shift down, Shift up). Gmail resizes the compose and schedules the draft
 * save on key activity; InboxSDK simulates a key press after inserting at the cursor for the same reason.
 */
export function fireNeutralKey(el: Element): void {
  const view = viewOf(el);
  if (!view) return;
  const init = { bubbles: true, cancelable: true, key: 'Shift', code: 'ShiftLeft', keyCode: 16, which: 16 };
  el.dispatchEvent(new view.KeyboardEvent('keydown', init));
  el.dispatchEvent(new view.KeyboardEvent('keyup', init));
}
