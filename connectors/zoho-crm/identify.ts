import { cleanText, emailIn } from '../dom';
import { allRendered, firstRendered, isRendered, queryAll } from '../dom';
import type { Anchor, CrmIdentity } from '../types';
import type { ZohoRoute } from './route';
import { ACCOUNT_LINK_HREF, BUTTON_SECTION, CRMPLUS_FRAME, DELETE_ENTITY, MAILTO_LINK, RECORD_TITLE, RECORD_TITLE_ZCQA } from './selectors';

/** False when the DOM shows another record than the URL (Lyte re-renders after the URL changes). */
function domAgrees(doc: Document, route: ZohoRoute): boolean {
  const el = firstRendered(doc, DELETE_ENTITY);
  if (!el) return true;
  try {
    const params: unknown = JSON.parse(el.getAttribute('data-params') ?? '');
    if (typeof params !== 'object' || params === null || !('id' in params)) return true;
    return String(params.id) === route.recordId;
  } catch {
    return true;
  }
}

function titleEl(doc: Document): Element | null {
  return firstRendered(doc, RECORD_TITLE) ?? firstRendered(doc, RECORD_TITLE_ZCQA);
}

function accountLink(doc: Document): { recordId: string; name?: string } | null {
  // Match the href first: the visibility check walks ancestors and is the expensive part.
  for (const a of queryAll(doc, 'a[href*="/tab/Accounts/"]')) {
    const m = ACCOUNT_LINK_HREF.exec(a.getAttribute('href') ?? '');
    if (m && isRendered(a)) return { recordId: m[1]!, name: cleanText(a.textContent) };
  }
  return null;
}

function emailsOf(doc: Document): string[] {
  const found = new Set<string>();
  for (const a of allRendered(doc, MAILTO_LINK)) {
    const email = emailIn(a.getAttribute('href'));
    if (email) found.add(email);
  }
  return [...found];
}

/**
 * Accounts: the account (name from the header, id from the URL: confidence `url`). Contacts and deals resolve to
 * their account through the "Account Name" lookup link (`objectType: 'Accounts'`, the account's id and name,
 * confidence `dom`), plus a contact's e-mails; a contact without an account still yields its e-mails.
 */
export function identifyZoho(doc: Document, route: ZohoRoute): CrmIdentity | null {
  // CRM Plus top frame: the iframe's own content script identifies the record.
  if (queryAll(doc, CRMPLUS_FRAME).length > 0) return null;
  if (!domAgrees(doc, route)) return null;
  if (route.module === 'Accounts') {
    const name = cleanText(titleEl(doc)?.textContent);
    if (!name) return null;
    return { system: 'zoho-crm', objectType: 'Accounts', recordId: route.recordId, name, confidence: 'url' };
  }
  const emails = route.module === 'Contacts' ? emailsOf(doc) : [];
  const account = accountLink(doc);
  if (account) {
    const identity: CrmIdentity = { system: 'zoho-crm', objectType: 'Accounts', recordId: account.recordId, confidence: 'dom' };
    if (account.name) identity.name = account.name;
    if (emails.length > 0) identity.emails = emails;
    return identity;
  }
  if (emails.length === 0) return null;
  return { system: 'zoho-crm', objectType: route.module, recordId: route.recordId, emails, confidence: 'url' };
}

export function anchorZoho(doc: Document): Anchor | null {
  if (queryAll(doc, CRMPLUS_FRAME).length > 0) return null;
  const buttons = firstRendered(doc, BUTTON_SECTION);
  if (buttons) return { el: buttons, mode: 'prepend' };
  const title = titleEl(doc);
  return title ? { el: title, mode: 'after' } : null;
}
