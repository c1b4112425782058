import * as v from 'valibot';

/** Field schemas every feature's protocol reuses. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A built-in connector id, or `generic:{site id}` for a user-described site. */
export const systemId = v.pipe(v.string(), v.regex(/^(generic:)?[a-z0-9-]{1,40}$/));
export const recordId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.:-]{1,80}$/));
export const customerId = text(120);
export const email = v.pipe(v.string(), v.email(), v.maxLength(254));

export const IdentitySchema = v.object({
  system: systemId,
  objectType: v.optional(text(80)),
  recordId: v.optional(recordId),
  name: v.optional(text(300)),
  emails: v.optional(v.pipe(v.array(email), v.maxLength(100))),
  confidence: v.picklist(['url', 'dom', 'heuristic']),
});

export type Identity = v.InferOutput<typeof IdentitySchema>;
