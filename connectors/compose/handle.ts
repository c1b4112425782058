import type { ComposeHandle, CrmIdentity, Recipients } from '../types';
import { type InsertOptions, insertTextInto } from './insert';
import { allAddresses } from './recipients';
import { setFieldValue } from './subject';
import { editableText } from './text';

/** What a site tells the shared handle about one compose window; each function gets the compose root. */
export interface ComposeParts {
  toolbar(root: Element): Element | null;
  recipients(root: Element): Recipients;
  /** The subject field, or null where this compose has none (an inline reply). */
  subjectField(root: Element): HTMLInputElement | null;
  body(root: Element): HTMLElement | null;
  insert: InsertOptions;
}

export function composeHandle(root: Element, parts: ComposeParts): ComposeHandle {
  return {
    root,
    toolbar: () => parts.toolbar(root),
    recipients: () => parts.recipients(root),
    subject: () => parts.subjectField(root)?.value ?? '',
    setSubject(text) {
      const field = parts.subjectField(root);
      if (field) setFieldValue(field, text);
    },
    body: () => parts.body(root),
    bodyText() {
      const body = parts.body(root);
      return body ? editableText(body) : '';
    },
    insertText(text) {
      const body = parts.body(root);
      if (body) insertTextInto(body, text, parts.insert);
    },
  };
}

/** A mail connector's identity: every recipient of every open compose, or null when none is open. */
export function composeIdentity(system: string, composes: readonly ComposeHandle[]): CrmIdentity | null {
  if (composes.length === 0) return null;
  return { system, objectType: 'compose', emails: allAddresses(composes.map((c) => c.recipients())), confidence: 'dom' };
}
