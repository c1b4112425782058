/**
 * Salesforce site knowledge. Every constant was last checked on 2026-11-22 against the public sources named
 * beside it (see /work/shared/research/connectors.md §1) and is proven by the fixtures in
 * test/fixtures/salesforce/ named beside it (expectations in cases.json there). "[inf]" marks an inference from
 * the sources, not a structure seen in them: verify live first when something breaks.
 */

/** Hosts of Lightning, My Domain / Classic, and the China instance (Salesforce Inspector reloaded
 *  addon/manifest.json host globs). Fixtures: 2026-11-22-account-view.html (at *.lightning.force.com and
 *  *.sfcrmapps.cn), 2026-11-22-classic-account.html (at *.my.salesforce.com). */
export const SALESFORCE_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.sfcrmapps.cn/*',
];

/** `/lightning/r/{Obj}/{id}/view` and `/lightning/r/{id}/view` (object dropped after save). Source: Salesforce
 *  Inspector reloaded addon/popup.js getRecordId(). Fixtures: 2026-11-22-account-view.html,
 *  2026-11-22-account-view-b.html, 2026-11-22-contact-view.html, 2026-11-22-opportunity-view.html,
 *  2026-11-22-lead-view.html (negative). */
export const LIGHTNING_RECORD_PATH = /^\/lightning\/r\/(?:([A-Za-z0-9_]+)\/)?([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/view\b/;

/** Legacy Lightning `/one/one.app#/sObject/{id}[/view]`. Source: research §1 (URLs). Fixture:
 *  2026-11-22-account-view.html served at the one.app URL (cases.json). */
export const LEGACY_ONE_APP_PATH = '/one/one.app';
export const LEGACY_SOBJECT_HASH = /^#\/sObject\/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)(?:\/view)?(?:[/?]|$)/;

/** Classic record page `/{15|18-char id}` (nothing after it but an optional slash). Source: Salesforce Inspector
 *  reloaded addon/popup.js Classic regex, anchored to the whole path so `/{id}/e` (edit) is not a record view.
 *  Fixtures: 2026-11-22-classic-account.html, 2026-11-22-classic-account-zh.html, 2026-11-22-classic-tab.html
 *  (negative). */
export const CLASSIC_RECORD_PATH = /^\/([A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?)\/?$/;

/** Salesforce id key prefixes (the first three characters name the object). Source: research §1. Fixtures:
 *  2026-11-22-contact-no-account.html (003), 2026-11-22-header-title-only.html (001), 2026-11-22-lead-view.html (00Q). */
export const ID_PREFIX: Record<string, string> = { '001': 'Account', '003': 'Contact', '006': 'Opportunity' };

/** Lightning keeps cached record pages hidden in the DOM; only the active view counts (Salesforce Inspector
 *  reloaded addon/button.js). Fixtures: 2026-11-22-account-view-b.html (a hidden cached page),
 *  2026-11-22-console-tabs.html (two console tabs, one hidden). */
export const ACTIVE_VIEW = 'div.windowViewMode-normal.active, section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost';

/** Any Lightning view container, active or cached. When some exist but none is active and rendered, the page is
 *  between records and shows nothing to identify. Fixture: 2026-11-22-transition.html. */
export const ANY_VIEW = 'div.windowViewMode-normal, div.windowViewMode-maximized';

/** Record name in the highlights panel (person records use lightning-formatted-name). Source: research §1
 *  (Lightning highlights-panel markup, Playwright tests). Fixtures: 2026-11-22-account-view.html,
 *  2026-11-22-account-view-b.html, 2026-11-22-console-tabs.html; lightning-formatted-name:
 *  2026-11-22-person-account.html. */
export const PRIMARY_FIELD =
  'records-highlights2 h1 lightning-formatted-text[slot="primaryField"], records-highlights2 h1 lightning-formatted-name[slot="primaryField"]';

/** Page-header title fallback (ChenZaichuang/salesforce_show_api_name src/content_script.js).
 *  Fixture: 2026-11-22-header-title-only.html */
export const HEADER_TITLE = 'records-highlights2 h1, .slds-page-header__title';

/** The record header, where the badge is mounted (after the title block). Fixtures: every Lightning record case;
 *  the bare page-header title: 2026-11-22-header-title-only.html. */
export const HEADER_ANCHOR = 'records-highlights2 .slds-page-header__title, records-highlights2 h1, .slds-page-header__title';

/** A link to an Account record: `/lightning/r/Account/{id}/view` or `/lightning/r/{001…}/view` [inf: Lightning
 *  lookup links use the record URL forms above]. Fixtures: 2026-11-22-contact-view.html,
 *  2026-11-22-opportunity-view.html, 2026-11-22-contact-details-only.html */
export const ACCOUNT_HREF = /\/lightning\/r\/(?:Account\/)?(001[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view\b/;

/** Where a contact's / opportunity's account lookup is shown: first the highlights panel, then the details form
 *  field labelled "Account Name" (label span `test-id__field-label`, a class Salesforce UI tests select by)
 *  [inf]. Fixtures: 2026-11-22-contact-view.html (highlights), 2026-11-22-contact-details-only.html (details). */
export const HIGHLIGHTS = 'records-highlights2';
export const FORM_ELEMENT = '.slds-form-element';
export const FIELD_LABEL = '.test-id__field-label';
export const ACCOUNT_FIELD_LABELS = ['Account Name', '客户名', '客户名称'];

/** A contact's e-mail addresses: mailto links in the highlights panel or the record's form fields (not related
 *  lists) [inf]. Fixtures: 2026-11-22-contact-view.html, 2026-11-22-contact-no-account.html */
export const MAILTO_LINK = 'a[href^="mailto:"]';

/** Classic account page title and detail table (h2.pageDescription: repos unidentified; td.labelCol: Salesforce
 *  Inspector inspect-inline.js). Fixtures: 2026-11-22-classic-account.html (title),
 *  2026-11-22-classic-account-zh.html (label table only). */
export const CLASSIC_TITLE = 'h2.pageDescription';
export const CLASSIC_LABEL_CELL = 'td.labelCol';
export const CLASSIC_DATA_CELL = 'td.dataCol';
export const CLASSIC_NAME_LABELS = ['Account Name', '客户名', '客户名称'];
