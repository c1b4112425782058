/**
 * What a connector knows about one site. Connectors are pure TypeScript over the DOM: no wxt, no browser.*,
 * no Preact. Site knowledge (URL patterns, selectors) lives only in the site's folder, as named constants with
 * the date they were last checked and the fixture that proves them.
 */

/** The customer-identifying facts a page exposes. */
export interface CrmIdentity {
  /** Connector id ("salesforce", "zoho-crm", …). */
  system: string;
  /** The site's object type ("Account", "Contact", "AccountObj", "compose"). */
  objectType?: string;
  /** The record id the site uses, when the page has one. */
  recordId?: string;
  /** The customer (account) name as shown on the page. */
  name?: string;
  /** E-mail addresses on the page (a contact's, or a compose window's recipients). */
  emails?: string[];
  /** How the identity was found: URL (strong), DOM (good), heuristic (label text, weak). */
  confidence: 'url' | 'dom' | 'heuristic';
}

/** Where the badge goes. `floating` means no anchor was found and the UI pins itself to the viewport. */
export interface Anchor {
  el: Element;
  mode: 'prepend' | 'append' | 'before' | 'after';
}

export interface Connector {
  id: string;
  /** Human name for settings ("Salesforce"). */
  label: string;
  kind: 'crm' | 'mail';
  /** Manifest match patterns of the pages the content script is injected into. */
  matches: string[];
  /** How the site navigates between records without a page load. */
  navigation: 'pushState' | 'hash' | 'none';
  /** Cheap URL-only test: could this URL show a record? Content scripts do no DOM work when it is false. */
  isRecordPage(url: URL): boolean;
  /** The identity on the page, or null when the page shows no customer record (yet). Never throws. */
  identify(doc: Document, url: URL): CrmIdentity | null;
  /** Where to mount the badge, or null to float it. */
  anchor(doc: Document, url: URL): Anchor | null;
}

export interface Recipients {
  to: string[];
  cc: string[];
  bcc: string[];
}

/** One open compose window (new message, inline reply, pop-out). */
export interface ComposeHandle {
  /** The element that holds the whole compose window; stable for its lifetime. */
  root: Element;
  /** Where the AR Lens button goes (a toolbar), or null to float it at the root's corner. */
  toolbar(): Element | null;
  recipients(): Recipients;
  subject(): string;
  /** Sets the subject, firing the events the site needs to keep it. No-op where the site has no subject field. */
  setSubject(text: string): void;
  /** The editable body element (possibly inside a same-origin iframe). */
  body(): HTMLElement | null;
  /** The body's plain text, for linting. */
  bodyText(): string;
  /**
   * Inserts text at the caret (or at the end when the caret is not in the body), built from DOM nodes
   * (never HTML strings: Gmail enforces Trusted Types), then fires the input events the site needs.
   */
  insertText(text: string): void;
}

export interface MailConnector extends Connector {
  kind: 'mail';
  /** Every open compose window in the document, in document order. */
  findComposes(doc: Document): ComposeHandle[];
}

export function isMailConnector(c: Connector): c is MailConnector {
  return c.kind === 'mail';
}
