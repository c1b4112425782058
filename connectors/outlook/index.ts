import { addAddresses, composeHandle, composeIdentity, emptyRecipients, fieldAt, outermost } from '../compose';
import type { ComposeParts } from '../compose';
import { matchesAny } from '../matchPattern';
import type { ComposeHandle, MailConnector, Recipients } from '../types';
import {
  BODY,
  COMPOSE_ROOT,
  EDITOR_PARENT,
  OUTLOOK_APP_PATH,
  OUTLOOK_MATCHES,
  RECIPIENT,
  RECIPIENT_WELL,
  SEND_BUTTON,
  SUBJECT,
} from './selectors';

function recipients(root: Element): Recipients {
  const r = emptyRecipients();
  const wells = [...root.querySelectorAll(RECIPIENT_WELL)].filter((w) => !w.closest(EDITOR_PARENT));
  for (const chip of root.querySelectorAll(RECIPIENT)) {
    const index = wells.findIndex((w) => w.contains(chip));
    addAddresses(r, fieldAt(Math.max(index, 0)), chip.getAttribute('aria-label'));
  }
  return r;
}

const parts: ComposeParts = {
  toolbar: (root) => root.querySelector(SEND_BUTTON)?.parentElement ?? null,
  recipients,
  subjectField: (root) => root.querySelector<HTMLInputElement>(SUBJECT),
  body: (root) => root.querySelector<HTMLElement>(BODY),
  insert: { lines: 'div', simulateKey: false },
};

/** A pop-out compose has no docking part: climb from the editor to the first ancestor holding the send button. */
function undockedRoot(editor: Element): Element | null {
  for (let el = editor.parentElement; el; el = el.parentElement) if (el.querySelector(SEND_BUTTON)) return el;
  return null;
}

function findComposes(doc: Document): ComposeHandle[] {
  const docked = [...doc.querySelectorAll(COMPOSE_ROOT)];
  const roots = [...docked];
  for (const editor of doc.querySelectorAll(EDITOR_PARENT)) {
    if (docked.some((d) => d.contains(editor))) continue;
    const root = undockedRoot(editor);
    if (root && !roots.includes(root)) roots.push(root);
  }
  const ordered = outermost(roots).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return ordered.map((root) => composeHandle(root, parts));
}

function isRecordPage(url: URL): boolean {
  return matchesAny(OUTLOOK_MATCHES, url) && OUTLOOK_APP_PATH.test(url.pathname);
}

export const outlook: MailConnector = {
  id: 'outlook',
  label: 'Outlook',
  kind: 'mail',
  matches: OUTLOOK_MATCHES,
  navigation: 'pushState',
  isRecordPage,
  identify: (doc, url) => (isRecordPage(url) ? composeIdentity('outlook', findComposes(doc)) : null),
  anchor: () => null,
  findComposes,
};
