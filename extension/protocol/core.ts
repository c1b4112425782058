import * as v from 'valibot';
import type { CustomerView } from 'shared/view';
import { IdentitySchema, customerId, recordId, systemId } from './fields';

export const OPTIONS_SECTIONS = ['data', 'rules', 'templates', 'connectors', 'audit', 'dashboard'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

/** Badge lookups, record links and plumbing. */
export const CORE_REQUESTS = [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('lookup'), identity: IdentitySchema }),
  v.object({ type: v.literal('link'), system: systemId, recordId, customerId, identity: IdentitySchema }),
  v.object({ type: v.literal('openOptions'), section: v.optional(v.picklist(OPTIONS_SECTIONS)) }),
  v.object({ type: v.literal('ledgerChanged') }),
] as const;

export interface Suggestion {
  customerId: string;
  name: string;
  score: number;
}

export type LookupResult =
  | { status: 'found'; matchedBy: 'link' | 'uscc' | 'name'; view: CustomerView; dataAge?: { importedAt: number } }
  | { status: 'suggest'; candidates: Suggestion[] }
  | { status: 'empty' };

export interface CoreResponses {
  ping: { pong: true };
  lookup: LookupResult;
  link: LookupResult;
  openOptions: null;
  ledgerChanged: null;
}
