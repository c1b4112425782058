import { resolveRecipientAddresses } from 'shared/db/contactLookup';
import type { Handlers } from './services';

/** Compose helpers: which customers a compose's recipients belong to (contact address, then own domain). */
export const mailHandlers: Handlers<'resolveRecipients'> = {
  resolveRecipients: (s, r) => resolveRecipientAddresses(s.db, r.addresses),
};
