import { saveCaret } from './caret';
import { fireInput, fireNeutralKey } from './events';
import { isBlank } from './text';

export interface InsertOptions {
  /**
   * How the editor writes lines when text is appended at the end: `br` = text nodes separated by `<br>`
   * (Gmail, QQ Mail, 163); `div` = one `<div>` per line (Outlook's editor). At a caret inside a line both
   * use `<br>`, which every editor accepts.
   */
  lines: 'br' | 'div';
  /** Also simulate a neutral key press after the input event (Gmail). */
  simulateKey: boolean;
}

function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Text nodes separated by `<br>`, built with DOM calls only (Gmail enforces Trusted Types). */
function brFragment(doc: Document, text: string): DocumentFragment {
  const frag = doc.createDocumentFragment();
  linesOf(text).forEach((line, i) => {
    if (i > 0) frag.appendChild(doc.createElement('br'));
    if (line !== '') frag.appendChild(doc.createTextNode(line));
  });
  return frag;
}

/** One `<div>` per line; an empty line is `<div><br></div>` as editors write it. */
function divFragment(doc: Document, text: string): DocumentFragment {
  const frag = doc.createDocumentFragment();
  for (const line of linesOf(text)) {
    const div = doc.createElement('div');
    div.appendChild(line === '' ? doc.createElement('br') : doc.createTextNode(line));
    frag.appendChild(div);
  }
  return frag;
}

function placeCaretAfter(body: HTMLElement, node: Node | null): void {
  const selection = body.ownerDocument.getSelection();
  if (!selection) return;
  const range = body.ownerDocument.createRange();
  if (node?.parentNode) {
    range.setStartAfter(node);
    range.collapse(true);
  } else {
    range.selectNodeContents(body);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Inserts `text` into an editable body: at the caret (replacing a selection) when the caret is inside the
 * body, else at the end; a blank body (placeholder only) is emptied first. Then fires `input`
 * (`insertText` for one line, `insertFromPaste` for several) and, where asked, a neutral key press.
 */
export function insertTextInto(body: HTMLElement, text: string, options: InsertOptions): void {
  const doc = body.ownerDocument;
  if (isBlank(body)) body.replaceChildren();
  // Read in the body's own document: an iframe editor has its own selection.
  const caret = saveCaret(body);
  let last: Node | null;
  if (caret) {
    const frag = brFragment(doc, text);
    last = frag.lastChild;
    caret.deleteContents();
    caret.insertNode(frag);
  } else {
    const frag = options.lines === 'div' ? divFragment(doc, text) : brFragment(doc, text);
    last = frag.lastChild;
    body.appendChild(frag);
  }
  placeCaretAfter(body, last);
  fireInput(body, text.includes('\n') ? 'insertFromPaste' : 'insertText', text);
  if (options.simulateKey) fireNeutralKey(body);
}
