import { JIANDAOYUN } from 'connectors/generic';
import { saveGenericSite } from 'shared/db/connectorSettingsRepo';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb } from '../../shared/db/testDb';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/** A stand-in for the browser's scripting and permissions APIs: registered scripts and granted origins. */
const fake = vi.hoisted(() => {
  const state = { scripts: new Map<string, Script>(), granted: new Set<string>(), calls: [] as string[] };
  const browser = {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async () => [...state.scripts.values()].map((s) => ({ ...s })),
      registerContentScripts: async (list: Script[]) => {
        state.calls.push(`register ${list.map((s) => s.id).join(',')}`);
        for (const s of list) {
          if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (list: Script[]) => {
        state.calls.push(`update ${list.map((s) => s.id).join(',')}`);
        for (const s of list) state.scripts.set(s.id, { ...state.scripts.get(s.id), ...s });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.calls.push(`unregister ${ids.join(',')}`);
        for (const id of ids) state.scripts.delete(id);
      },
    },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { genericConfigFor, syncGenericScripts } = await import('../../../extension/entrypoints/background/dynamicScripts');

const ACME = {
  id: 'acme-erp',
  label: 'Acme ERP',
  matches: ['https://erp.acme-test.cn/*'],
  customerName: { kind: 'selector', selector: 'h1' },
};

describe('generic site content scripts', () => {
  beforeEach(() => {
    fake.state.scripts.clear();
    fake.state.granted.clear();
    fake.state.calls.length = 0;
  });

  it('register one persistent script per enabled site with its permission, and leave other scripts alone', async () => {
    const db = testDb();
    fake.state.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.example.com/*'] });
    await saveGenericSite(db, { id: 'acme-erp', config: ACME, enabled: true }, 1);
    await saveGenericSite(db, { id: 'jiandaoyun', config: JIANDAOYUN, enabled: true }, 1);
    await saveGenericSite(db, { id: 'off-site', config: { ...ACME, id: 'off-site' }, enabled: false }, 1);
    fake.state.granted.add('https://erp.acme-test.cn/*');

    const sync = await syncGenericScripts(db);
    expect(sync).toEqual({ registered: ['generic-acme-erp'], missingPermission: ['jiandaoyun'] });
    expect(fake.state.scripts.get('generic-acme-erp')).toEqual({
      id: 'generic-acme-erp',
      matches: ['https://erp.acme-test.cn/*'],
      js: ['content-scripts/generic.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect([...fake.state.scripts.keys()].sort()).toEqual(['generic-acme-erp', 'someone-else']);
  });

  it('update changed patterns in place, touch nothing unchanged, and unregister deleted, disabled or revoked sites', async () => {
    const db = testDb();
    fake.state.granted.add('https://erp.acme-test.cn/*').add('https://*.jiandaoyun.com/*').add('https://erp.acme-test.cn/customers/*');
    await saveGenericSite(db, { id: 'acme-erp', config: ACME, enabled: true }, 1);
    await saveGenericSite(db, { id: 'jiandaoyun', config: JIANDAOYUN, enabled: true }, 1);
    await syncGenericScripts(db);
    fake.state.calls.length = 0;

    await syncGenericScripts(db);
    expect(fake.state.calls).toEqual([]);

    await saveGenericSite(db, { id: 'acme-erp', config: { ...ACME, matches: ['https://erp.acme-test.cn/customers/*'] }, enabled: true }, 2);
    await syncGenericScripts(db);
    expect(fake.state.calls).toEqual(['update generic-acme-erp']);
    expect(fake.state.scripts.get('generic-acme-erp')?.matches).toEqual(['https://erp.acme-test.cn/customers/*']);

    fake.state.granted.delete('https://*.jiandaoyun.com/*');
    expect(await syncGenericScripts(db)).toEqual({ registered: ['generic-acme-erp'], missingPermission: ['jiandaoyun'] });
    expect([...fake.state.scripts.keys()]).toEqual(['generic-acme-erp']);

    await saveGenericSite(db, { id: 'acme-erp', config: ACME, enabled: false }, 3);
    await syncGenericScripts(db);
    expect(fake.state.scripts.size).toBe(0);
  });

  it('never registers an id twice when syncs overlap, and skips a stored description that is no longer valid', async () => {
    const db = testDb();
    fake.state.granted.add('https://erp.acme-test.cn/*');
    await saveGenericSite(db, { id: 'acme-erp', config: ACME, enabled: true }, 1);
    await saveGenericSite(db, { id: 'broken', config: { ...ACME, id: 'broken', matches: ['<all_urls>'] }, enabled: true }, 1);
    const both = await Promise.all([syncGenericScripts(db), syncGenericScripts(db), syncGenericScripts(db)]);
    expect(both.map((s) => s.registered)).toEqual([['generic-acme-erp'], ['generic-acme-erp'], ['generic-acme-erp']]);
    expect(fake.state.calls).toEqual(['register generic-acme-erp']);
  });

  it('answers the content script with the enabled site covering its address', async () => {
    const db = testDb();
    await saveGenericSite(db, { id: 'acme-erp', config: ACME, enabled: true }, 1);
    await saveGenericSite(db, { id: 'jiandaoyun', config: JIANDAOYUN, enabled: false }, 1);
    expect((await genericConfigFor(db, 'https://erp.acme-test.cn/customers/1001'))?.id).toBe('acme-erp');
    expect(await genericConfigFor(db, 'https://www.jiandaoyun.com/dashboard')).toBeNull();
    expect(await genericConfigFor(db, 'https://other.example.com/')).toBeNull();
    expect(await genericConfigFor(db, 'not a url')).toBeNull();
  });
});
