import { type ArLensDb, linkRecord } from 'shared/db';
import { lookupIdentity } from 'shared/lookup';
import { browser } from 'wxt/browser';
import { todayIso } from '../../lib/today';
import type { LookupResult } from '../../messaging';
import type { Identity } from '../../protocol/fields';
import type { Handlers, Services } from './services';

async function importedAt(db: ArLensDb): Promise<number | undefined> {
  const at = ((await db.meta.get('lastImport'))?.value as { at?: unknown } | undefined)?.at;
  return typeof at === 'number' ? at : undefined;
}

async function lookup(s: Services, identity: Identity): Promise<LookupResult> {
  const result = await lookupIdentity(s.db, identity, todayIso(s.now()), () => s.names.get());
  if (result.status !== 'found') return result;
  const at = await importedAt(s.db);
  return at === undefined ? result : { ...result, dataAge: { importedAt: at } };
}

export const coreHandlers: Handlers<'ping' | 'lookup' | 'link' | 'openOptions' | 'ledgerChanged'> = {
  ping: async () => ({ pong: true }),
  lookup: (s, r) => lookup(s, r.identity),
  link: async (s, r) => {
    if (!(await s.db.customers.get(r.customerId))) throw new Error('unknown customer');
    await linkRecord(s.db, r.system, r.recordId, r.customerId, s.now());
    return lookup(s, r.identity);
  },
  openOptions: async (_s, r) => {
    const url = browser.runtime.getURL(`/options.html${r.section ? `#${r.section}` : ''}`);
    await browser.tabs.create({ url });
    return null;
  },
  ledgerChanged: async (s) => {
    s.names.invalidate();
    s.search.invalidate();
    return null;
  },
};
