import { addAddresses, composeHandle, composeIdentity, editableFrameBody, emptyRecipients } from '../compose';
import type { ComposeParts, RecipientField } from '../compose';
import { matchesAny } from '../matchPattern';
import type { ComposeHandle, MailConnector, Recipients } from '../types';
import { APP_PATH, COMPOSE_ROOT, EDITOR_FRAME, MAIL163_MATCHES, RECIPIENT, RECIPIENT_INPUT, RECIPIENT_ROW, SEND_BUTTON, SUBJECT } from './selectors';

function fieldOfRow(row: Element | null): RecipientField {
  const label = row?.querySelector(RECIPIENT_INPUT)?.getAttribute('aria-label') ?? '';
  if (label.startsWith('抄送')) return 'cc';
  if (label.startsWith('密送')) return 'bcc';
  return 'to';
}

function recipients(root: Element): Recipients {
  const r = emptyRecipients();
  for (const email of root.querySelectorAll(RECIPIENT)) addAddresses(r, fieldOfRow(email.closest(RECIPIENT_ROW)), email.textContent);
  return r;
}

const parts: ComposeParts = {
  toolbar: (root) => root.querySelector(SEND_BUTTON)?.parentElement ?? null,
  recipients,
  subjectField: (root) => root.querySelector<HTMLInputElement>(SUBJECT),
  body: (root) => editableFrameBody(root.querySelector(EDITOR_FRAME)),
  insert: { lines: 'br', simulateKey: false },
};

function findComposes(doc: Document): ComposeHandle[] {
  return [...doc.querySelectorAll(COMPOSE_ROOT)].map((root) => composeHandle(root, parts));
}

function isRecordPage(url: URL): boolean {
  return matchesAny(MAIL163_MATCHES, url) && APP_PATH.test(url.pathname);
}

export const mail163: MailConnector = {
  id: 'mail163',
  label: 'NetEase Mail (163 / 126)',
  kind: 'mail',
  matches: MAIL163_MATCHES,
  navigation: 'hash',
  isRecordPage,
  identify: (doc, url) => (isRecordPage(url) ? composeIdentity('mail163', findComposes(doc)) : null),
  anchor: () => null,
  findComposes,
};
