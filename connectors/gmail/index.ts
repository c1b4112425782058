import { addAddresses, composeHandle, composeIdentity, emptyRecipients, fieldNamed, outermost } from '../compose';
import type { ComposeParts } from '../compose';
import { matchesAny } from '../matchPattern';
import type { ComposeHandle, MailConnector, Recipients } from '../types';
import { BODY, COMPOSE_ROOT, GMAIL_APP_PATH, GMAIL_MATCHES, RECIPIENT_CHIP, RECIPIENT_HIDDEN, RECIPIENT_ROW, SUBJECT, TOOLBAR } from './selectors';

function recipients(root: Element): Recipients {
  const r = emptyRecipients();
  for (const row of root.querySelectorAll(RECIPIENT_ROW)) {
    const field = fieldNamed(row.getAttribute('name'));
    if (!field) continue;
    for (const chip of row.querySelectorAll(RECIPIENT_CHIP)) addAddresses(r, field, chip.getAttribute('data-hovercard-id'));
  }
  // Old-style composes keep the addresses in hidden inputs; new-style ones may too, duplicates are dropped.
  for (const input of root.querySelectorAll<HTMLInputElement>(RECIPIENT_HIDDEN)) {
    const field = fieldNamed(input.name);
    if (field) addAddresses(r, field, input.value);
  }
  return r;
}

const parts: ComposeParts = {
  toolbar: (root) => root.querySelector(TOOLBAR),
  recipients,
  subjectField: (root) => root.querySelector<HTMLInputElement>(SUBJECT),
  body: (root) => root.querySelector<HTMLElement>(BODY),
  insert: { lines: 'br', simulateKey: true },
};

function findComposes(doc: Document): ComposeHandle[] {
  return outermost([...doc.querySelectorAll(COMPOSE_ROOT)]).map((root) => composeHandle(root, parts));
}

function isRecordPage(url: URL): boolean {
  return matchesAny(GMAIL_MATCHES, url) && GMAIL_APP_PATH.test(url.pathname);
}

export const gmail: MailConnector = {
  id: 'gmail',
  label: 'Gmail',
  kind: 'mail',
  matches: GMAIL_MATCHES,
  navigation: 'hash',
  isRecordPage,
  identify: (doc, url) => (isRecordPage(url) ? composeIdentity('gmail', findComposes(doc)) : null),
  anchor: () => null,
  findComposes,
};
