import { addAddresses, composeHandle, emptyRecipients, fieldNamed } from '../compose';
import type { ComposeParts, RecipientField } from '../compose';
import type { ComposeHandle, Recipients } from '../types';
import { NEW_BODY, NEW_COMPOSE_ROOT, NEW_FIELD_LABEL, NEW_QUICK_REPLY_ROOT, NEW_RECIPIENT, NEW_SUBJECT, NEW_TOOLBAR } from './selectors';

const LABELS: Record<string, RecipientField> = { 收件人: 'to', 抄送: 'cc', 抄送人: 'cc', 密送: 'bcc', 密送人: 'bcc' };

function fieldOfRow(row: Element | null): RecipientField {
  const label = (row?.querySelector(NEW_FIELD_LABEL)?.textContent ?? '').replace(/[\s:：]/g, '');
  return LABELS[label] ?? fieldNamed(label) ?? 'to';
}

function recipients(root: Element): Recipients {
  const r = emptyRecipients();
  for (const chip of root.querySelectorAll(NEW_RECIPIENT)) {
    let row: Element | null = chip.parentElement;
    while (row && row !== root && !row.querySelector(NEW_FIELD_LABEL)) row = row.parentElement;
    const field = fieldOfRow(row === root ? null : row);
    addAddresses(r, field, chip.getAttribute('data-email') ?? chip.getAttribute('title') ?? chip.textContent);
  }
  return r;
}

const parts: ComposeParts = {
  toolbar: (root) => root.querySelector(NEW_TOOLBAR),
  recipients,
  subjectField: (root) => root.querySelector<HTMLInputElement>(NEW_SUBJECT),
  body: (root) => root.querySelector<HTMLElement>(NEW_BODY),
  insert: { lines: 'br', simulateKey: false },
};

/** Composes of the new version: full compose pages and quick replies, in document order. */
export function newVersionComposes(doc: Document): ComposeHandle[] {
  return [...doc.querySelectorAll(`${NEW_COMPOSE_ROOT}, ${NEW_QUICK_REPLY_ROOT}`)].map((root) => composeHandle(root, parts));
}
