import { type ArLensDb, linkRecord } from 'shared/db';
import { lookupIdentity } from 'shared/lookup';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { todayIso } from '../../lib/today';
import { type Envelope, type LookupResult, type Request, RequestSchema, type ResponseMap } from '../../messaging';
import type { createNameIndexCache } from './nameIndexCache';

export interface Services {
  db: ArLensDb;
  names: ReturnType<typeof createNameIndexCache>;
  now(): number;
}

async function importedAt(db: ArLensDb): Promise<number | undefined> {
  const row = await db.meta.get('lastImport');
  const at = (row?.value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' ? at : undefined;
}

async function lookup(s: Services, identity: Extract<Request, { type: 'lookup' }>['identity']): Promise<LookupResult> {
  const result = await lookupIdentity(s.db, identity, todayIso(s.now()), () => s.names.get());
  if (result.status !== 'found') return result;
  const at = await importedAt(s.db);
  return at === undefined ? result : { ...result, dataAge: { importedAt: at } };
}

async function handle(s: Services, request: Request): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'ping':
      return { pong: true };
    case 'lookup':
      return lookup(s, request.identity);
    case 'link':
      if (!(await s.db.customers.get(request.customerId))) throw new Error('unknown customer');
      await linkRecord(s.db, request.system, request.recordId, request.customerId, s.now());
      return lookup(s, request.identity);
    case 'openOptions':
      await browser.runtime.openOptionsPage();
      return null;
    case 'ledgerChanged':
      s.names.invalidate();
      return null;
  }
}

/**
 * Validates and answers one message. Anything that is not a well-formed request from this extension is
 * refused with a reason; the handler never trusts the shape of what a content script sends.
 */
export async function answer(s: Services, raw: unknown, senderId: string | undefined): Promise<Envelope<unknown>> {
  if (senderId !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
  const parsed = v.safeParse(RequestSchema, raw);
  if (!parsed.success) return { ok: false, error: `invalid request: ${parsed.issues[0]?.message ?? 'shape'}` };
  try {
    return { ok: true, data: await handle(s, parsed.output) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
