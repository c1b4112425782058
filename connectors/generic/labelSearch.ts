import { cleanText } from '../dom';
import { isRendered, queryAll } from '../dom';

/** Label text as compared: white space, colons and required-field stars removed. */
export function normaliseLabel(text: string | null | undefined): string {
  return (cleanText(text) ?? '').replace(/[\s:：*＊]/g, '');
}

/** The value an element shows: a form control's value, else a contained control's, else its text. */
export function shownValue(el: Element): string | undefined {
  const control = el.matches('input, textarea, select') ? el : el.querySelector('input:not([type=hidden]), textarea, select');
  if (control) {
    const value = cleanText((control as HTMLInputElement).value);
    if (value) return value;
  }
  return cleanText(el.textContent);
}

/** The elements whose own text is the label (text nodes equal to it, e.g. "客户名称：" or "*客户名称"). */
function labelElements(doc: Document, wanted: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return found;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template')) continue;
    const own = normaliseLabel(node.textContent);
    if (own !== '' && wanted.has(own) && !found.includes(parent)) found.push(parent);
  }
  return found;
}

/** True when `el` is one value: a form control, or at most one piece of text (not another label-value pair). */
function singleValue(el: Element): boolean {
  if (el.matches('input, textarea, select') || el.querySelector('input:not([type=hidden]), textarea, select')) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let pieces = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (cleanText(node.textContent)) pieces++;
  return pieces <= 1;
}

/**
 * The nearest element after `label` that shows a value: its own later siblings first, then, climbing at most three
 * levels, the first later sibling of an ancestor, which must be a single value: a composite sibling is the next
 * field, and means this label has no value beside it.
 */
function valueAfter(label: Element): Element | null {
  let from: Element | null = label;
  for (let level = 0; from && level < 4; level++, from = from.parentElement) {
    for (let sib = from.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (!isRendered(sib) || !shownValue(sib)) continue;
      if (level === 0 || singleValue(sib)) return sib;
      return null;
    }
  }
  return null;
}

/** The value element inside the label's container (the label's nearest ancestor holding a `valueSelector`). */
function valueInContainer(label: Element, valueSelector: string): Element | null {
  for (let c = label.parentElement; c; c = c.parentElement) {
    const v = queryAll(c, valueSelector).find((el) => el !== label && isRendered(el) && shownValue(el));
    if (v) return v;
    if (c === label.ownerDocument.body) break;
  }
  return null;
}

export type LabelSearch = { found: 'value'; el: Element } | { found: 'label-only' } | { found: 'nothing' };

/** Finds the visible value beside one of `labels`. */
export function searchByLabel(doc: Document, labels: readonly string[], labelSelector?: string, valueSelector?: string): LabelSearch {
  const wanted = new Set(labels.map(normaliseLabel));
  const candidates = labelSelector
    ? queryAll(doc, labelSelector).filter((el) => wanted.has(normaliseLabel(el.textContent)))
    : labelElements(doc, wanted);
  const shown = candidates.filter(isRendered);
  for (const label of shown) {
    const el = valueSelector ? valueInContainer(label, valueSelector) : valueAfter(label);
    if (el) return { found: 'value', el };
  }
  return shown.length > 0 ? { found: 'label-only' } : { found: 'nothing' };
}
