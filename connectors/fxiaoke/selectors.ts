/**
 * 纷享销客 (FxiaoKe) site knowledge. Every constant was last checked on 2026-11-22 against the public sources
 * named beside it (see /work/shared/research/connectors.md §3: two automation scripts, repos unidentified, and the
 * FxiaoKe PWC developer notes) and is proven by the fixtures in test/fixtures/fxiaoke/ named beside it
 * (expectations in cases.json there). No public extension exists for this site: confidence is low-medium.
 */

/** The web app (research §3 routes). Fixtures: 2026-11-22-account-detail.html and every other case. */
export const FXIAOKE_MATCHES = ['https://www.fxiaoke.com/*'];

/** The app shell path; all CRM pages are hash routes under it. Fixtures: 2026-11-22-account-detail.html and
 *  every other case. */
export const APP_PATH = /^\/XV\/UI\/Home\/?$/i;

/** Detail route `#crm/detail/=/{ObjApi}/{24-hex id}`. Fixtures: 2026-11-22-account-detail.html,
 *  2026-11-22-account-detail-labels.html, 2026-11-22-salesorder-detail.html, 2026-11-22-product-detail.html
 *  (negative). */
export const DETAIL_HASH = /^#crm\/detail\/=\/(\w+)\/([0-9a-f]{24})(?:[/?]|$)/i;

/** Customer list routes (a detail can open as an overlay over them). Fixtures: 2026-11-22-account-list-overlay.html,
 *  2026-11-22-account-list.html (no overlay: negative), 2026-11-22-paasapp-list-overlay.html */
export const ACCOUNT_LIST_HASH = /^#(?:crm\/list\/=\/AccountObj|paasapp\/list\/=\/appId_CRM\/AccountObj)(?:[/?]|$)/i;

/** The customer object's API name (research §3). Fixture: 2026-11-22-account-detail.html */
export const ACCOUNT_OBJECT = 'AccountObj';

/** Objects whose detail page names its customer in a 客户名称 (`account_id`) field. Source: the automation script
 *  that waits for the 客户名称 label on SalesOrderObj details. Fixture: 2026-11-22-salesorder-detail.html */
export const OBJECTS_WITH_CUSTOMER = ['SalesOrderObj', 'ContactObj', 'NewOpportunityObj', 'OpportunityObj'];

/** Detail fields: `.faci-field-display[data-apiname]` with label and value inside. The customer's own name field
 *  is `name` [inf], the customer lookup on other objects `account_id` [inf]. Fixtures:
 *  2026-11-22-account-detail.html, 2026-11-22-account-list-overlay.html, 2026-11-22-salesorder-detail.html */
export const NAME_VALUE = '.faci-field-display[data-apiname="name"] .faci-field-display_value';
export const CUSTOMER_LOOKUP_VALUE = '.faci-field-display[data-apiname="account_id"] .faci-field-display_value';

/** Label fallback: the value beside 客户名称 (weak: label text). Fixtures: 2026-11-22-account-detail-labels.html,
 *  2026-11-22-salesorder-detail.html */
export const FIELD_LABEL = '.faci-field-display_label';
export const FIELD_VALUE = '.faci-field-display_value';
export const CUSTOMER_NAME_LABEL = '客户名称';

/** List rows `tr[data-id]` with cells `td.td-{apiName}`: the open overlay's record id is the row whose name cell
 *  shows the overlay's name. Fixtures: 2026-11-22-account-list-overlay.html, 2026-11-22-paasapp-list-overlay.html */
export const LIST_ROW = 'tr[data-id]';
export const LIST_NAME_CELL = 'td.td-name';

/** A 24-hex AccountObj id inside a link (list links `div[data-fieldname='name'] a[href*='AccountObj']`).
 *  Fixture: 2026-11-22-salesorder-detail.html */
export const ACCOUNT_HREF = /AccountObj\/([0-9a-f]{24})/i;
