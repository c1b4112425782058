import type { Recipients } from '../types';

export type RecipientField = keyof Recipients;

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];
const EMAILS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function emptyRecipients(): Recipients {
  return { to: [], cc: [], bcc: [] };
}

/** Every address in a text such as `"Wang Li" <wang.li@acme.cn>, ar@ourco.com`, lower-cased. */
export function emailsIn(text: string | null | undefined): string[] {
  return [...(text ?? '').matchAll(EMAILS)].map((m) => m[0].toLowerCase());
}

/** Adds the addresses found in `text` to one field, keeping first-seen order and no duplicates. */
export function addAddresses(r: Recipients, field: RecipientField, text: string | null | undefined): void {
  for (const e of emailsIn(text)) if (!r[field].includes(e)) r[field].push(e);
}

/** Sites that render the to / cc / bcc rows alike and in that order: the n-th row's field. */
export function fieldAt(index: number): RecipientField {
  return FIELDS[Math.min(index, FIELDS.length - 1)] ?? 'to';
}

/** The field named by a row's name or id ("to", "ccAreaCtrl", "bcc"), or undefined. */
export function fieldNamed(name: string | null | undefined): RecipientField | undefined {
  const n = (name ?? '').toLowerCase();
  if (n.startsWith('bcc')) return 'bcc';
  if (n.startsWith('cc')) return 'cc';
  if (n.startsWith('to')) return 'to';
  return undefined;
}

/** All addresses of several composes (to, cc, bcc), first-seen order, no duplicates. */
export function allAddresses(list: readonly Recipients[]): string[] {
  const seen = new Set<string>();
  for (const r of list) for (const f of FIELDS) for (const e of r[f]) seen.add(e);
  return [...seen];
}
