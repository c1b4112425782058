/** Plain text of an editable region, line-aware without layout (happy-dom and content scripts agree). */

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD']);

/**
 * Text nodes as they are, `<br>` as a line break, block elements (`div`, `p`, …) on lines of their own —
 * the way `innerText` reads an editor, but from the DOM alone. Non-breaking spaces become spaces; trailing
 * line breaks (an editor's placeholder `<br>`) are dropped.
 */
export function editableText(root: Node): string {
  let out = '';
  let pendingBreak = false;
  const emit = (s: string) => {
    if (pendingBreak && out !== '') out += '\n';
    pendingBreak = false;
    out += s;
  };
  const breakLine = () => {
    if (out !== '' && !out.endsWith('\n')) pendingBreak = true;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      if (data !== '') emit(data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      emit('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) breakLine();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) breakLine();
  };
  walk(root);
  return out.replace(/\n+$/, '');
}

/** True when the element holds no text and no media: only an editor's placeholder (`<br>`, empty `<div>`). */
export function isBlank(el: Element): boolean {
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '') === '' && !el.querySelector('img, table, hr');
}
