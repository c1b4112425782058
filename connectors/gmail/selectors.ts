/**
 * Gmail site knowledge. Last checked 2026-11-22 against public sources (research/connectors.md §4):
 * KartikTalwar/gmail.js src/gmail.js (compose roots `div.M9`, pop-outs under `div.AD`, hash routing), InboxSDK
 * gmail-driver (get-recipients.ts, `[g_editable]` body, subject box) — and proven by the fixtures named beside
 * each constant (test/fixtures/gmail/). Class names are Gmail's obfuscated but long-lived ones; aria-labels are
 * avoided because Gmail localizes them.
 */

/** Fixtures: every file in test/fixtures/gmail/. */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];

/** The mail app lives under /mail/ (`/mail/u/{n}/#inbox`, pop-outs `/mail/u/{n}/?view=cm`). Fixtures: all. */
export const GMAIL_APP_PATH = /^\/mail(?:\/|$)/;

/** One compose window (dialog, inline reply, pop-out). gmail.js. Fixtures: 2026-11-22-new-message.html,
 *  2026-11-22-inline-reply.html, 2026-11-22-popout.html, 2026-11-22-two-composes.html */
export const COMPOSE_ROOT = 'div.M9';

/** Recipient rows by field: `div[name=to|cc|bcc]`. InboxSDK get-recipients.ts. Fixtures: 2026-11-22-new-message.html,
 *  2026-11-22-two-composes.html, 2026-11-22-popout.html */
export const RECIPIENT_ROW = 'div[name="to"], div[name="cc"], div[name="bcc"]';

/** A recipient chip inside a row; the address is in `data-hovercard-id`. InboxSDK get-recipients.ts (new-style
 *  chips are `[role=option][data-hovercard-id][data-name]`). Fixtures: as RECIPIENT_ROW. */
export const RECIPIENT_CHIP = '[data-hovercard-id]';

/** Old-style recipients: hidden inputs named to / cc / bcc (`.GS input[type=hidden][name=to]`). InboxSDK.
 *  Fixture: 2026-11-22-inline-reply.html */
export const RECIPIENT_HIDDEN = 'input[type="hidden"][name="to"], input[type="hidden"][name="cc"], input[type="hidden"][name="bcc"]';

/** Subject. gmail.js / InboxSDK. Fixtures: 2026-11-22-new-message.html, 2026-11-22-popout.html,
 *  2026-11-22-two-composes.html (the inline reply has none). */
export const SUBJECT = 'input[name="subjectbox"]';

/** Editable body. InboxSDK `.Ap [g_editable=true]`, gmail.js `div[contenteditable=true]` as fallback.
 *  Fixtures: all compose fixtures. */
export const BODY = '.Ap [g_editable="true"], div[contenteditable="true"][role="textbox"]';

/** The send-button row at the compose's foot, where extensions add compose buttons (`.btC`; seen in public
 *  Gmail extensions' compose-button code, repositories unidentified). Fixtures: all compose fixtures. */
export const TOOLBAR = '.btC';
