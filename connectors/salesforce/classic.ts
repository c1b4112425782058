import { cleanText } from '../dom';
import { allRendered, firstRendered } from '../dom';
import type { Anchor, CrmIdentity } from '../types';
import type { SfRoute } from './route';
import { CLASSIC_DATA_CELL, CLASSIC_LABEL_CELL, CLASSIC_NAME_LABELS, CLASSIC_TITLE } from './selectors';

/** The data cell beside the "Account Name" label cell of the Classic detail table. */
function nameCell(doc: Document): Element | null {
  for (const label of allRendered(doc, CLASSIC_LABEL_CELL)) {
    if (!CLASSIC_NAME_LABELS.includes(cleanText(label.textContent) ?? '')) continue;
    let next = label.nextElementSibling;
    while (next && !next.matches(CLASSIC_DATA_CELL)) next = next.nextElementSibling;
    if (next && cleanText(next.textContent)) return next;
  }
  return null;
}

/** Classic account pages: name from the page title, else the detail table; id from the URL (made 18 long). */
export function identifyClassic(doc: Document, route: SfRoute): CrmIdentity | null {
  const name = cleanText(firstRendered(doc, CLASSIC_TITLE)?.textContent) ?? cleanText(nameCell(doc)?.textContent);
  if (!name) return null;
  return { system: 'salesforce', objectType: 'Account', recordId: route.recordId, name, confidence: 'url' };
}

export function anchorClassic(doc: Document): Anchor | null {
  const title = firstRendered(doc, CLASSIC_TITLE);
  if (title) return { el: title, mode: 'after' };
  const cell = nameCell(doc);
  return cell ? { el: cell, mode: 'append' } : null;
}
