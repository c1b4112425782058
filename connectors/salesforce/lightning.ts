import { cleanText, emailIn } from '../dom';
import { allRendered, firstRendered, isRendered, queryAll } from '../dom';
import type { Anchor, CrmIdentity } from '../types';
import { canonicalSfId } from './ids';
import type { SfRoute } from './route';
import {
  ACCOUNT_FIELD_LABELS,
  ACCOUNT_HREF,
  ACTIVE_VIEW,
  ANY_VIEW,
  FIELD_LABEL,
  FORM_ELEMENT,
  HEADER_ANCHOR,
  HEADER_TITLE,
  HIGHLIGHTS,
  MAILTO_LINK,
  PRIMARY_FIELD,
} from './selectors';

/**
 * The active Lightning view (the one record page on screen), or the document when the page has no view
 * containers at all; null when there are containers but none is active and rendered (a transition).
 */
export function activeRoot(doc: Document): ParentNode | null {
  const active = firstRendered(doc, ACTIVE_VIEW);
  if (active) return active;
  return queryAll(doc, ANY_VIEW).length > 0 ? null : doc;
}

interface AccountRef {
  recordId: string;
  name?: string;
}

function accountLinkIn(scope: ParentNode): AccountRef | null {
  // Match the href first: the visibility check walks ancestors and is the expensive part.
  for (const a of queryAll(scope, 'a[href*="/lightning/r/"]')) {
    const m = ACCOUNT_HREF.exec(a.getAttribute('href') ?? '');
    const recordId = m ? canonicalSfId(m[1]!) : undefined;
    if (recordId && isRendered(a)) return { recordId, name: cleanText(a.textContent) };
  }
  return null;
}

/** The account a contact or opportunity page links to: highlights panel first, then the "Account Name" field. */
function accountOf(root: ParentNode): AccountRef | null {
  for (const h of allRendered(root, HIGHLIGHTS)) {
    const ref = accountLinkIn(h);
    if (ref) return ref;
  }
  for (const field of allRendered(root, FORM_ELEMENT)) {
    const label = cleanText(field.querySelector(FIELD_LABEL)?.textContent);
    if (!label || !ACCOUNT_FIELD_LABELS.includes(label)) continue;
    const ref = accountLinkIn(field);
    if (ref) return ref;
  }
  return null;
}

/** E-mail addresses in the highlights panel and the record's own form fields. */
function emailsOf(root: ParentNode): string[] {
  const found = new Set<string>();
  for (const a of queryAll(root, MAILTO_LINK)) {
    if (!a.closest(`${HIGHLIGHTS}, ${FORM_ELEMENT}`) || !isRendered(a)) continue;
    const email = emailIn((a.getAttribute('href') ?? '').slice('mailto:'.length).replace(/%40/gi, '@'));
    if (email) found.add(email);
  }
  return [...found];
}

/**
 * Account pages: the account itself (confidence `url`, the id comes from the URL).
 * Contact and opportunity pages resolve to their account: `objectType: 'Account'`, the account's 18-character id
 * from the lookup link and its name (confidence `dom`), plus a contact's e-mails. A contact without an account
 * link still yields its e-mails under its own object and id (`url`); an opportunity without one yields null.
 */
export function identifyLightning(doc: Document, route: SfRoute): CrmIdentity | null {
  const root = activeRoot(doc);
  if (!root) return null;
  if (route.objectType === 'Account') {
    const nameEl = firstRendered(root, PRIMARY_FIELD) ?? firstRendered(root, HEADER_TITLE);
    const name = cleanText(nameEl?.textContent);
    if (!name) return null;
    return { system: 'salesforce', objectType: 'Account', recordId: route.recordId, name, confidence: 'url' };
  }
  const emails = route.objectType === 'Contact' ? emailsOf(root) : [];
  const account = accountOf(root);
  if (account) {
    const identity: CrmIdentity = { system: 'salesforce', objectType: 'Account', recordId: account.recordId, confidence: 'dom' };
    if (account.name) identity.name = account.name;
    if (emails.length > 0) identity.emails = emails;
    return identity;
  }
  if (emails.length === 0) return null;
  return { system: 'salesforce', objectType: route.objectType, recordId: route.recordId, emails, confidence: 'url' };
}

export function anchorLightning(doc: Document): Anchor | null {
  const root = activeRoot(doc);
  const el = root ? firstRendered(root, HEADER_ANCHOR) : null;
  return el ? { el, mode: 'after' } : null;
}
