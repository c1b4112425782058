/**
 * NetEase 163 / 126 Mail site knowledge (one web app on two hosts). Last checked 2026-11-22 against public sources
 * (research/connectors.md §6): realbmail/bmail_extension src/content_netease.ts (compose module container, editor
 * iframe, address blocks, send button), a public spike note (same-origin iframes without src, dynamic ids,
 * `input[id$=_subjectInput]`), public Selenium scripts (`input.nui-editableAddr-ipt` with aria-label
 * "收件人地址输入框…", `body.nui-scroll` in the editor iframe; repositories unidentified) — and proven by the
 * fixtures named beside each constant (test/fixtures/mail163/).
 */

/** Fixtures: every file in test/fixtures/mail163/. */
export const MAIL163_MATCHES = ['https://mail.163.com/*', 'https://mail.126.com/*'];

/** The app page `/js6/main.jsp?sid=…#module=…`. Fixtures: all. */
export const APP_PATH = /^\/js6\//;

/** One compose module (several can be open as tabs; hidden ones are still open drafts). bmail.
 *  Fixtures: 2026-11-22-163-compose.html, 2026-11-22-163-reply.html, 2026-11-22-126-two-composes.html */
export const COMPOSE_ROOT = '[id^="_dvModuleContainer_compose.ComposeModule"]';

/** The editor iframe (no src, same origin); its body is the editable body. bmail. Fixtures: all compose fixtures. */
export const EDITOR_FRAME = 'iframe.APP-editor-iframe';

/** A recipient block; the address is the text of `.nui-addr-email` ("<wang@acme.cn>"). bmail. Fixtures: all compose. */
export const RECIPIENT = '.js-component-emailblock .nui-addr-email';

/** A recipient row and its input; the input's aria-label names the field ("收件人…", "抄送人…", "密送人…"; the cc / bcc
 *  wording is an inference from the "收件人" one). Fixtures: 2026-11-22-163-reply.html (to + cc),
 *  2026-11-22-126-two-composes.html (bcc). */
export const RECIPIENT_ROW = '.nui-editableAddr';
export const RECIPIENT_INPUT = 'input.nui-editableAddr-ipt';

/** Subject input (its id prefix is generated per page). Spike note. Fixtures: all compose fixtures. */
export const SUBJECT = 'input[id$="_subjectInput"]';

/** The main (send) button; its parent is the compose toolbar. bmail. Fixtures: all compose fixtures. */
export const SEND_BUTTON = '.js-component-button.nui-mainBtn';
