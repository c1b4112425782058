/**
 * QQ Mail site knowledge, new (wx.mail.qq.com) and old (mail.qq.com, frames) versions. Last checked 2026-11-22
 * against public sources (research/connectors.md §6): realbmail/bmail_extension src/content_qq.ts (compose page,
 * editor, receivers, toolbars, quick reply, old-version mainFrame / #frm / editor iframe / #addrsDiv / sendbtn),
 * public Selenium scripts for the old compose (`#toAreaCtrl`, `#subject`; repositories unidentified), a public
 * QQ Mail theme stylesheet (`.mail-compose-subject`, `.mail-compose-field-label`; repository unidentified) — and
 * proven by the fixtures named beside each constant (test/fixtures/qqmail/).
 */

/** Fixtures: every file in test/fixtures/qqmail/. */
export const QQMAIL_MATCHES = ['https://wx.mail.qq.com/*', 'https://mail.qq.com/*'];

/** The new app is all of wx.mail.qq.com (`/home/index#/…`); the old one lives under `/cgi-bin/`. Fixtures: all. */
export const NEW_HOST = 'wx.mail.qq.com';
export const OLD_APP_PATH = /^\/cgi-bin\//;

// ---- New version (one document, no frames) ----

/** Full compose (`#/compose/new`, reply, forward). bmail. Fixtures: 2026-11-22-wx-compose-new.html */
export const NEW_COMPOSE_ROOT = '.mail-compose-page';

/** Quick reply under an open message. bmail (`.mail-replay-editor-wrap`, sic). Fixture: 2026-11-22-wx-quick-reply.html */
export const NEW_QUICK_REPLY_ROOT = '.mail-replay-editor-wrap';

/** Editable bodies: the compose editor (research notes: `.mail-content-editor-inner`; bmail also reads its parent
 *  `.mail-content-editor`) and the quick-reply editor `.reply-editor`. Fixtures: both wx-* compose fixtures. */
export const NEW_BODY = '.mail-content-editor-inner[contenteditable="true"], .reply-editor[contenteditable="true"]';

/** Toolbars: the compose header's buttons, the quick reply's footer. bmail. Fixtures: both wx-* compose fixtures. */
export const NEW_TOOLBAR = '.mail-compose-header .ui-ellipsis-toolbar-btns, .reply-footer';

/** Recipient chips. QQ shows a contact's remark name instead of the address when it has one; the address is then
 *  only on the hover card, so a chip is read from `data-email` (which bmail sets after reading the card), then
 *  `title`, then its text. Fixtures: 2026-11-22-wx-compose-new.html (one name-only chip yields no address),
 *  2026-11-22-wx-quick-reply.html */
export const NEW_RECIPIENT = '.cmp-account-wrap';

/** A recipient row's label (收件人 / 抄送 / 密送, or To / Cc / Bcc); the row is the label's parent.
 *  Fixture: 2026-11-22-wx-compose-new.html */
export const NEW_FIELD_LABEL = '.mail-compose-field-label';

/** Subject input. Theme stylesheet class; the inner `input` is an inference. Fixture: 2026-11-22-wx-compose-new.html */
export const NEW_SUBJECT = '.mail-compose-subject input';

// ---- Old version (compose form inside iframe[name=mainFrame], editor in a nested iframe) ----

/** The same-origin main frame. bmail. Fixtures: 2026-11-22-old-compose.html, 2026-11-22-old-inbox.html */
export const OLD_MAIN_FRAME = '#mainFrameContainer iframe[name="mainFrame"]';

/** The compose form inside the main frame. bmail. Fixture: 2026-11-22-old-compose.html */
export const OLD_COMPOSE_FORM = '#frm';

/** The editor iframe inside the form; its body is the editable body. bmail. Fixture: 2026-11-22-old-compose.html */
export const OLD_EDITOR_FRAME = 'iframe.qmEditorIfrmEditArea';

/** Recipient chips, address in `addr`. bmail. Fixture: 2026-11-22-old-compose.html */
export const OLD_RECIPIENT = '#addrsDiv .addr_base.addr_normal[addr]';

/** Recipient rows by id: `#toAreaCtrl` (Selenium scripts), `#ccAreaCtrl` / `#bccAreaCtrl` by analogy (inference).
 *  Fixture: 2026-11-22-old-compose.html */
export const OLD_FIELD_ROW = '#toAreaCtrl, #ccAreaCtrl, #bccAreaCtrl';

/** Subject input. Selenium scripts. Fixture: 2026-11-22-old-compose.html */
export const OLD_SUBJECT = 'input#subject';

/** The toolbar holding the send button (`a[name=sendbtn]`). bmail. Fixture: 2026-11-22-old-compose.html */
export const OLD_TOOLBAR = '.toolbg.toolbgline';
export const OLD_SEND_BUTTON = 'a[name="sendbtn"]';
