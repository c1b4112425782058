import type { GenericSiteConfig } from './config';

/**
 * Editable starting points for sites without a built-in connector. Each is plain data the user can copy and
 * change in settings. Last checked 2026-11-22 against research/connectors.md §7; fixtures in
 * test/fixtures/generic/ (expectations in cases.json there).
 *
 * Only 简道云 has a known record URL (public code), so only it gets a record id from the address. For 金蝶云星空,
 * 用友 YonSuite and 畅捷通 no record URL pattern was found (金蝶 opens records as internal tabs without an id in
 * the address): they read the name beside the label 客户名称 and the code beside 客户编码, and their identities
 * honestly carry confidence 'heuristic'. No badge position is preset: without public markup the badge floats.
 */

/** 简道云: `/dashboard/app/{app}/form/{form}/data/{24-hex}` (research §7, [code]). Fixtures:
 *  2026-11-22-jiandaoyun-record.html, 2026-11-22-jiandaoyun-record-edit.html, 2026-11-22-jiandaoyun-record-en.html,
 *  2026-11-22-jiandaoyun-form-list.html (negative). */
export const JIANDAOYUN: GenericSiteConfig = {
  id: 'jiandaoyun',
  label: '简道云',
  matches: ['https://*.jiandaoyun.com/*'],
  recordId: { kind: 'url', regex: '/dashboard/app/[^/]+/form/[^/]+/data/([0-9a-f]{24})(?:[/?#]|$)', part: 'path' },
  customerName: { kind: 'label', labels: ['客户名称', 'Customer Name'] },
};

/** 金蝶云星空: `{tenant}.ik3cloud.com/k3cloud/html5/…`, customer form BD_Customer opened as an internal tab
 *  (research §7). Fixtures: 2026-11-22-k3cloud-customer.html, 2026-11-22-k3cloud-customer-tabs.html,
 *  2026-11-22-k3cloud-customer-view.html, 2026-11-22-k3cloud-home.html (negative). */
export const KINGDEE_K3CLOUD: GenericSiteConfig = {
  id: 'kingdee-k3cloud',
  label: '金蝶云星空',
  matches: ['https://*.ik3cloud.com/*'],
  recordUrl: '/k3cloud/html5/',
  recordUrlFlags: 'i',
  objectType: 'BD_Customer',
  recordId: { kind: 'label', labels: ['客户编码'] },
  customerName: { kind: 'label', labels: ['客户名称'] },
};

/** 用友 YonSuite: `*.yonyoucloud.com` (research §7: c2.yonyoucloud.com, MDF/YNF frameworks; no record URL).
 *  Fixtures: 2026-11-22-yonsuite-customer.html, 2026-11-22-yonsuite-customer-edit.html,
 *  2026-11-22-yonsuite-customer-card.html, 2026-11-22-yonsuite-workbench.html (negative). */
export const YONYOU_YONSUITE: GenericSiteConfig = {
  id: 'yonyou-yonsuite',
  label: '用友 YonSuite',
  matches: ['https://*.yonyoucloud.com/*'],
  recordId: { kind: 'label', labels: ['客户编码'] },
  customerName: { kind: 'label', labels: ['客户名称'] },
};

/** 畅捷通: `*.chanjet.com` (research §7: h.chanjet.com, ydz.chanjet.com; no record URL). Fixtures:
 *  2026-11-22-chanjet-customer.html, 2026-11-22-chanjet-customer-edit.html, 2026-11-22-chanjet-receivable.html,
 *  2026-11-22-chanjet-settings.html (negative). */
export const CHANJET: GenericSiteConfig = {
  id: 'chanjet',
  label: '畅捷通',
  matches: ['https://*.chanjet.com/*'],
  customerName: { kind: 'label', labels: ['客户名称'] },
};

export const GENERIC_PRESETS: readonly GenericSiteConfig[] = [JIANDAOYUN, KINGDEE_K3CLOUD, YONYOU_YONSUITE, CHANJET];
