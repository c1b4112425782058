/** User-visible text of the generic connector (settings validation and the "test on this tab" report). */
export interface Message {
  en: string;
  zh_CN: string;
}

export const MESSAGES = {
  idFormat: {
    en: 'The id must be 2–40 lower-case letters, digits or hyphens, starting with a letter or digit.',
    zh_CN: 'ID 须为 2–40 个小写字母、数字或连字符，以字母或数字开头。',
  },
  labelEmpty: { en: 'Give the site a name.', zh_CN: '请填写站点名称。' },
  matchesEmpty: { en: 'Add at least one address pattern.', zh_CN: '请至少添加一个网址模式。' },
  matchNotHttps: {
    en: 'Address patterns must start with https:// (no http, no *://).',
    zh_CN: '网址模式必须以 https:// 开头（不接受 http 或 *://）。',
  },
  matchTooBroad: {
    en: 'This pattern would cover every website; name the site’s domain, e.g. https://*.example.com/*.',
    zh_CN: '该模式会覆盖所有网站，请写明站点域名，例如 https://*.example.com/*。',
  },
  matchInvalid: {
    en: 'Not a valid address pattern; expected e.g. https://erp.example.com/*.',
    zh_CN: '网址模式无效，应形如 https://erp.example.com/*。',
  },
  regexInvalid: { en: 'Not a valid regular expression.', zh_CN: '正则表达式无效。' },
  flagsInvalid: { en: 'Regular-expression flags may only be i, m, s or u.', zh_CN: '正则标志只能是 i、m、s 或 u。' },
  groupRange: { en: 'The group number must be 0–9.', zh_CN: '分组编号须为 0–9。' },
  selectorEmpty: { en: 'Enter a CSS selector.', zh_CN: '请填写 CSS 选择器。' },
  labelsEmpty: { en: 'Enter at least one label text.', zh_CN: '请至少填写一个标签文字。' },
  urlNoMatch: { en: 'The regular expression does not match this address.', zh_CN: '正则表达式与当前网址不匹配。' },
  regexNoMatch: {
    en: 'The regular expression does not match the text found.',
    zh_CN: '正则表达式与找到的文字不匹配。',
  },
  groupMissing: { en: 'The expression matched, but the group is empty.', zh_CN: '正则已匹配，但所取分组为空。' },
  selectorInvalid: { en: 'The browser rejects this CSS selector.', zh_CN: '浏览器无法识别此 CSS 选择器。' },
  noElement: { en: 'No element on this page matches the selector.', zh_CN: '页面上没有与选择器匹配的元素。' },
  elementHidden: { en: 'Matching elements exist but none is visible.', zh_CN: '有匹配的元素，但都不可见。' },
  attributeMissing: { en: 'The element has no such attribute.', zh_CN: '元素没有该属性。' },
  emptyValue: { en: 'The element is empty.', zh_CN: '元素内容为空。' },
  labelNotFound: { en: 'No visible label with this text on the page.', zh_CN: '页面上没有可见的该标签文字。' },
  valueNotFound: { en: 'The label was found but no value beside it.', zh_CN: '找到了标签，但旁边没有值。' },
  anchorNotConfigured: {
    en: 'No badge position set: the badge floats in the corner.',
    zh_CN: '未设置标记位置：标记将悬浮在页面角落。',
  },
  notRecordPage: {
    en: 'This address is not a record page by the site’s settings.',
    zh_CN: '按站点设置，当前网址不是记录页面。',
  },
  urlNotCovered: { en: 'The site’s address patterns do not cover this page.', zh_CN: '站点的网址模式不包含当前页面。' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}
