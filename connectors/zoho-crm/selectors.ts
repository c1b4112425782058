/**
 * Zoho CRM site knowledge. Every constant was last checked on 2026-11-22 against the public sources named beside
 * it (see /work/shared/research/connectors.md §2) and is proven by the fixtures in test/fixtures/zoho-crm/ named
 * beside it (expectations in cases.json there). "[inf]" marks an inference, not a structure seen in a source.
 */

/** Every data centre, the sandbox hosts and CRM Plus (whose CRM runs in `iframe#crmLoadFrame`; the content
 *  script runs in all frames there). Source: b310-digital/better-hotkeys-for-zoho-crm public/manifest.json.
 *  Fixtures: 2026-11-22-account-detail.html (served at .com, .eu, .in, .com.au, .jp, crmsandbox, crmplus),
 *  2026-11-22-account-detail-zh.html (.com.cn). */
export const ZOHO_CRM_MATCHES = [
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.com.cn/*',
  'https://crmsandbox.zoho.com/*',
  'https://crmsandbox.zoho.eu/*',
  'https://crmsandbox.zoho.in/*',
  'https://crmsandbox.zoho.com.au/*',
  'https://crmsandbox.zoho.jp/*',
  'https://crmsandbox.zoho.com.cn/*',
  'https://crmplus.zoho.com/*',
  'https://crmplus.zoho.eu/*',
  'https://crmplus.zoho.in/*',
  'https://crmplus.zoho.com.au/*',
  'https://crmplus.zoho.jp/*',
  'https://crmplus.zoho.com.cn/*',
];

/** Detail page `/crm/org{orgId}/tab/{Module}/{numericId}` (src/services/UrlService.ts regex, unanchored so a
 *  CRM Plus prefix is allowed). Fixtures: 2026-11-22-account-detail.html, 2026-11-22-account-detail-zh.html,
 *  2026-11-22-contact-detail.html, 2026-11-22-deal-detail.html, 2026-11-22-lead-detail.html (negative),
 *  2026-11-22-account-list.html (negative). */
export const ZOHO_RECORD_PATH = /\/crm\/(?:org(\d+)\/)?tab\/(\w+)\/(\d{10,})(?:[/?#]|$)/;

/** The modules read: accounts, and contacts / deals (`Potentials`) that lead to one (UrlService.ts module names).
 *  Fixtures: 2026-11-22-contact-detail.html, 2026-11-22-deal-detail.html, 2026-11-22-lead-detail.html (Leads: no). */
export const ZOHO_MODULES = ['Accounts', 'Contacts', 'Potentials'] as const;

/** In the CRM Plus top frame the record is rendered by the frame, which runs its own content script.
 *  Source: research §2 (repo unidentified). Fixture: 2026-11-22-crmplus-shell.html (negative). */
export const CRMPLUS_FRAME = 'iframe#crmLoadFrame';

/** Record title in the detail header (Zoho CRUX template, repo unidentified). Fixtures:
 *  2026-11-22-account-detail.html, 2026-11-22-account-detail-zh.html */
export const RECORD_TITLE = 'crux-detailpage-header #recHeader1';

/** Fallback title carried by a `data-zcqa` test attribute [inf: research says prefer data-zcqa where present; the
 *  attribute value is not from a source]. Fixture: 2026-11-22-account-detail-zcqa.html */
export const RECORD_TITLE_ZCQA = '[data-zcqa="detailView_recordName"], [data-zcqa="Account_Name"]';

/** Delete action carrying `{"module":…,"id":…}` JSON (src/content-script.ts): a DOM check that the page on
 *  screen is the record of the URL, not the previous one. Fixtures: 2026-11-22-account-detail.html (agrees),
 *  2026-11-22-stale-detail.html (disagrees → nothing). */
export const DELETE_ENTITY = 'a[data-cid="deleteEntity"][data-params]';

/** Link to an account record, as the "Account Name" lookup renders on contacts and deals [inf: lookup links point
 *  at the record's detail URL]. Fixtures: 2026-11-22-contact-detail.html, 2026-11-22-deal-detail.html */
export const ACCOUNT_LINK_HREF = /\/tab\/Accounts\/(\d{10,})(?:[/?#]|$)/;

/** A contact's e-mail links [inf]. Fixture: 2026-11-22-contact-detail.html */
export const MAILTO_LINK = 'a[href^="mailto:"]';

/** Where the badge goes: the header's button section (Zoho CRUX template, repo unidentified), else after the
 *  title. Fixtures: 2026-11-22-account-detail.html (buttons), 2026-11-22-account-detail-zcqa.html (title). */
export const BUTTON_SECTION = 'crux-detailpage-header .recBtnSection';
