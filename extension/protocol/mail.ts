import type { RecipientResolution } from 'shared/db/contactLookup';
import * as v from 'valibot';
import { text } from './fields';

export type { RecipientAddress, RecipientCustomer, RecipientResolution } from 'shared/db/contactLookup';

/** Most addresses one compose may ask about (to + cc + bcc); more are not a reminder. */
export const RECIPIENTS_MAX = 100;

/**
 * Webmail compose helpers. Addresses are raw chip text ("Name <a@b.c>" or "a@b.c"); the background extracts
 * and normalises them, so one odd chip does not make the whole request invalid.
 */
export const MAIL_REQUESTS = [
  v.object({
    type: v.literal('resolveRecipients'),
    addresses: v.pipe(v.array(text(320)), v.maxLength(RECIPIENTS_MAX)),
  }),
] as const;

export interface MailResponses {
  resolveRecipients: RecipientResolution;
}
