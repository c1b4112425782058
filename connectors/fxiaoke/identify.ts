import { cleanText } from '../dom';
import { allRendered, firstRendered, isRendered, queryAll } from '../dom';
import type { Anchor, CrmIdentity } from '../types';
import type { FxRoute } from './route';
import {
  ACCOUNT_HREF,
  CUSTOMER_LOOKUP_VALUE,
  CUSTOMER_NAME_LABEL,
  FIELD_LABEL,
  FIELD_VALUE,
  LIST_NAME_CELL,
  LIST_ROW,
  NAME_VALUE,
} from './selectors';

/** The rendered value element beside the rendered label 客户名称. */
function valueBesideCustomerLabel(doc: Document): Element | null {
  for (const label of allRendered(doc, FIELD_LABEL)) {
    if (cleanText(label.textContent)?.replace(/[:：*]/g, '').trim() !== CUSTOMER_NAME_LABEL) continue;
    const value = label.parentElement?.querySelector(FIELD_VALUE);
    if (value && cleanText(value.textContent)) return value;
  }
  return null;
}

/** The row id of the only rendered list row whose name cell reads `name`. */
function rowIdOf(doc: Document, name: string): string | undefined {
  const ids = queryAll(doc, LIST_ROW)
    .filter((row) => cleanText(row.querySelector(LIST_NAME_CELL)?.textContent) === name && isRendered(row))
    .map((row) => row.getAttribute('data-id') ?? '');
  return ids.length === 1 && /^[0-9a-f]{24}$/i.test(ids[0]!) ? ids[0]!.toLowerCase() : undefined;
}

function base(recordId: string | undefined, name: string | undefined, confidence: CrmIdentity['confidence']): CrmIdentity {
  const identity: CrmIdentity = { system: 'fxiaoke', objectType: 'AccountObj', confidence };
  if (recordId) identity.recordId = recordId;
  if (name) identity.name = name;
  return identity;
}

/**
 * - Customer detail: id from the hash (`url`); name from the `name` field, else beside the label 客户名称.
 * - Detail of an order / contact / opportunity: the customer named in its `account_id` field (`dom`, with the id
 *   when the value links to the customer), else beside 客户名称 (`heuristic`).
 * - Customer list with a detail overlay open: the overlay's name, and the id of the list row showing that name
 *   (`dom`); without a matching row, name only (`heuristic`). No overlay: null.
 */
export function identifyFxiaoke(doc: Document, route: FxRoute): CrmIdentity | null {
  if (route.kind === 'account') {
    const name = cleanText((firstRendered(doc, NAME_VALUE) ?? valueBesideCustomerLabel(doc))?.textContent);
    return base(route.recordId, name, 'url');
  }
  if (route.kind === 'related') {
    const lookup = firstRendered(doc, CUSTOMER_LOOKUP_VALUE);
    const el = lookup ?? valueBesideCustomerLabel(doc);
    const name = cleanText(el?.textContent);
    if (!el || !name) return null;
    const link = el.querySelector('a[href]');
    const recordId = ACCOUNT_HREF.exec(link?.getAttribute('href') ?? '')?.[1]?.toLowerCase();
    return base(recordId, name, lookup ? 'dom' : 'heuristic');
  }
  const overlayName = firstRendered(doc, NAME_VALUE) ?? valueBesideCustomerLabel(doc);
  const name = cleanText(overlayName?.textContent);
  if (!name) return null;
  const recordId = rowIdOf(doc, name);
  return base(recordId, name, recordId ? 'dom' : 'heuristic');
}

export function anchorFxiaoke(doc: Document, route: FxRoute): Anchor | null {
  const el =
    route.kind === 'related'
      ? (firstRendered(doc, CUSTOMER_LOOKUP_VALUE) ?? valueBesideCustomerLabel(doc))
      : (firstRendered(doc, NAME_VALUE) ?? valueBesideCustomerLabel(doc));
  return el ? { el, mode: 'after' } : null;
}
