import { addAddresses, composeHandle, editableFrameBody, emptyRecipients, fieldNamed, frameDocument } from '../compose';
import type { ComposeParts } from '../compose';
import type { ComposeHandle, Recipients } from '../types';
import {
  OLD_COMPOSE_FORM,
  OLD_EDITOR_FRAME,
  OLD_FIELD_ROW,
  OLD_MAIN_FRAME,
  OLD_RECIPIENT,
  OLD_SEND_BUTTON,
  OLD_SUBJECT,
  OLD_TOOLBAR,
} from './selectors';

function recipients(form: Element): Recipients {
  const r = emptyRecipients();
  // #addrsDiv may sit outside the form: search the main frame's document.
  for (const chip of form.ownerDocument.querySelectorAll(OLD_RECIPIENT)) {
    const field = fieldNamed(chip.closest(OLD_FIELD_ROW)?.id) ?? 'to';
    addAddresses(r, field, chip.getAttribute('addr'));
  }
  return r;
}

const parts: ComposeParts = {
  toolbar: (form) => form.querySelector(OLD_TOOLBAR) ?? form.querySelector(OLD_SEND_BUTTON)?.parentElement ?? null,
  recipients,
  subjectField: (form) => form.ownerDocument.querySelector<HTMLInputElement>(OLD_SUBJECT),
  body: (form) => editableFrameBody(form.querySelector(OLD_EDITOR_FRAME)),
  insert: { lines: 'br', simulateKey: false },
};

/** The old version's compose: `#frm` inside the same-origin main frame, reached through `contentDocument`. */
export function oldVersionComposes(doc: Document): ComposeHandle[] {
  const form = frameDocument(doc.querySelector(OLD_MAIN_FRAME))?.querySelector(OLD_COMPOSE_FORM);
  return form ? [composeHandle(form, parts)] : [];
}
