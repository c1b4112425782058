/**
 * Outlook on the web site knowledge. Last checked 2026-11-22 against public sources (research/connectors.md §5):
 * realbmail/bmail_extension src/content_outlook.ts (compose root, body, send button, recipient entities),
 * toggl/track-extension src/content/outlook.js (subject aria-label), the documented `/mail/deeplink/compose`
 * URL — and proven by the fixtures named beside each constant (test/fixtures/outlook/). Outlook hashes its class
 * names and localizes labels, so ids, data-testid and the `_EType_` marker class are preferred.
 */

/** Work / school (office.com, office365.com) and personal (live.com) accounts. Fixtures: all. */
export const OUTLOOK_MATCHES = ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];

/** The mail app: `/mail/`, `/mail/0/` (live.com), `/mail/deeplink/compose` (pop-out). Fixtures: all. */
export const OUTLOOK_APP_PATH = /^\/mail(?:\/|$)/;

/** A docked compose (new message or inline reply in the reading pane). bmail. Fixtures:
 *  2026-11-22-new-message.html, 2026-11-22-inline-reply.html */
export const COMPOSE_ROOT = '[id^="docking_InitVisiblePart_"]';

/** The editor's parent; its first child is the editable body. bmail. Fixtures: all compose fixtures. */
export const EDITOR_PARENT = '[id^="editorParent_"]';
export const BODY = '[id^="editorParent_"] > :first-child';

/** Send button; its parent is the compose's command bar, where the AR Lens button goes. bmail. A pop-out
 *  (deeplink) compose has no docking part: its root is the nearest ancestor of the editor holding this button.
 *  Fixtures: all compose fixtures; 2026-11-22-deeplink-compose.html for the pop-out root. */
export const SEND_BUTTON = '[data-testid="ComposeSendButton"]';

/** A resolved recipient; the address is in the inner span's aria-label. bmail. Fixtures: all compose fixtures. */
export const RECIPIENT = '._EType_RECIPIENT_ENTITY span[aria-label]';

/** Recipient wells (To, then Cc, then Bcc when shown): the compose's `role=textbox` elements outside the editor.
 *  Field by order is an inference from the compose layout, not a public source. Fixtures:
 *  2026-11-22-new-message.html (to + cc), 2026-11-22-deeplink-compose.html (to + cc + bcc). */
export const RECIPIENT_WELL = 'div[role="textbox"]';

/** Subject input, by its aria-label: English from toggl/track-extension; Simplified Chinese label is an
 *  inference from the English one. Fixtures: 2026-11-22-new-message.html (en), 2026-11-22-deeplink-compose.html (zh). */
export const SUBJECT = 'input[aria-label="Add a subject"], input[aria-label="添加主题"]';
