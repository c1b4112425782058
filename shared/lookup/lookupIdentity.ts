import {
  type ArLensDb,
  customerById,
  customerIdsByNameKey,
  invoicesOf,
  linkedCustomerId,
} from '../db';
import type { IsoDate } from '../ledger';
import { type NameIndex, isValidUscc, matchIdentity, suggestCustomers } from '../match';
import { type CustomerView, customerView } from '../view';

export interface IdentityQuery {
  system: string;
  recordId?: string;
  name?: string;
  uscc?: string;
  emails?: string[];
}

export type IdentityLookup =
  | { status: 'found'; matchedBy: 'link' | 'uscc' | 'name'; view: CustomerView }
  | { status: 'suggest'; candidates: { customerId: string; name: string; score: number }[] }
  | { status: 'empty' };

/**
 * Resolves a CRM identity to one customer's view, by index lookups only: the explicit record link, then
 * the USCC, then the exact normalised name; otherwise the best suggestions for the user to link.
 */
export async function lookupIdentity(
  db: ArLensDb,
  query: IdentityQuery,
  asOf: IsoDate,
  names: () => Promise<NameIndex>,
): Promise<IdentityLookup> {
  const match = await matchIdentity(query, {
    linkFor: (system, recordId) => linkedCustomerId(db, system, recordId),
    byUscc: async (code) => (isValidUscc(code) ? ((await db.customers.where('uscc').equals(code).primaryKeys()) as string[]) : []),
    byNormalizedName: (key) => customerIdsByNameKey(db, key),
    suggest: async (name, limit) => suggestCustomers(name, await names(), limit),
  });
  if (match.customerId) {
    const customer = await customerById(db, match.customerId);
    if (customer) {
      const matchedBy = match.status === 'linked' ? 'link' : match.status === 'uscc' ? 'uscc' : 'name';
      return { status: 'found', matchedBy, view: customerView(customer, await invoicesOf(db, customer.id), asOf) };
    }
  }
  if ((await db.customers.count()) === 0) return { status: 'empty' };
  const candidates = await Promise.all(
    match.candidates.slice(0, 5).map(async (c) => ({
      customerId: c.customerId,
      name: (await customerById(db, c.customerId))?.name ?? c.customerId,
      score: c.score,
    })),
  );
  return { status: 'suggest', candidates };
}

