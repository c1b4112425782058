import * as v from 'valibot';
import type { CustomerView } from 'shared/view';

/**
 * The typed protocol between content scripts, extension pages and the background. Every request is
 * validated here by the background before it is acted on: a content script runs beside hostile pages.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const IdentitySchema = v.object({
  system: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  objectType: v.optional(text(80)),
  recordId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.:-]{1,80}$/))),
  name: v.optional(text(300)),
  emails: v.optional(v.pipe(v.array(v.pipe(v.string(), v.email(), v.maxLength(254))), v.maxLength(100))),
  confidence: v.picklist(['url', 'dom', 'heuristic']),
});

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('lookup'), identity: IdentitySchema }),
  v.object({
    type: v.literal('link'),
    system: IdentitySchema.entries.system,
    recordId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.:-]{1,80}$/)),
    customerId: text(120),
    identity: IdentitySchema,
  }),
  v.object({ type: v.literal('openOptions'), section: v.optional(v.picklist(['data', 'rules', 'templates', 'connectors', 'audit', 'dashboard'])) }),
  v.object({ type: v.literal('ledgerChanged') }),
]);

export type Identity = v.InferOutput<typeof IdentitySchema>;
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface Suggestion {
  customerId: string;
  name: string;
  score: number;
}

export type LookupResult =
  | { status: 'found'; matchedBy: 'link' | 'uscc' | 'name'; view: CustomerView; dataAge?: { importedAt: number } }
  | { status: 'suggest'; candidates: Suggestion[] }
  | { status: 'empty' };

export interface ResponseMap {
  ping: { pong: true };
  lookup: LookupResult;
  link: LookupResult;
  openOptions: null;
  ledgerChanged: null;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
