import fc from 'fast-check';
import {
  GENERIC_SITES_DOCUMENT_ID,
  deleteGenericSite,
  loadGenericSites,
  saveGenericSite,
  setGenericSiteEnabled,
} from 'shared/db/connectorSettingsRepo';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

const site = (id: string, label = id, enabled = true) => ({ id, config: { id, label }, enabled });

describe('generic site settings', () => {
  it('start empty and keep sites in the order first saved, replacing one in place on edit', async () => {
    const db = testDb();
    expect(await loadGenericSites(db)).toEqual([]);
    await saveGenericSite(db, site('acme'), 1);
    await saveGenericSite(db, site('jiandaoyun'), 2);
    await saveGenericSite(db, site('chanjet'), 3);
    await saveGenericSite(db, site('jiandaoyun', '简道云 (edited)'), 4);
    const sites = await loadGenericSites(db);
    expect(sites.map((s) => s.id)).toEqual(['acme', 'jiandaoyun', 'chanjet']);
    expect(sites[1]).toEqual({ id: 'jiandaoyun', config: { id: 'jiandaoyun', label: '简道云 (edited)' }, enabled: true, updatedAt: 4 });
    expect((await db.documents.get(GENERIC_SITES_DOCUMENT_ID))?.version).toBe(4);
  });

  it('rename a site in place when its id changes, dropping the old entry', async () => {
    const db = testDb();
    await saveGenericSite(db, site('a1'), 1);
    await saveGenericSite(db, site('b1'), 1);
    await saveGenericSite(db, site('c1'), 1);
    await saveGenericSite(db, site('b2'), 2, 'b1');
    expect((await loadGenericSites(db)).map((s) => s.id)).toEqual(['a1', 'b2', 'c1']);
    // Renaming onto an existing id keeps one entry of that id.
    await saveGenericSite(db, site('c1', 'merged'), 3, 'a1');
    const sites = await loadGenericSites(db);
    expect(sites.map((s) => s.id)).toEqual(['c1', 'b2']);
    expect(sites[0]?.config).toEqual({ id: 'c1', label: 'merged' });
  });

  it('switch sites on and off and delete them; unknown ids change nothing', async () => {
    const db = testDb();
    await saveGenericSite(db, site('acme'), 1);
    await saveGenericSite(db, site('other'), 1);
    await setGenericSiteEnabled(db, 'acme', false, 5);
    await setGenericSiteEnabled(db, 'nobody', false, 5);
    expect((await loadGenericSites(db)).map((s) => [s.id, s.enabled, s.updatedAt])).toEqual([
      ['acme', false, 5],
      ['other', true, 1],
    ]);
    await deleteGenericSite(db, 'acme', 6);
    await deleteGenericSite(db, 'nobody', 6);
    expect((await loadGenericSites(db)).map((s) => s.id)).toEqual(['other']);
  });

  it('refuse an invalid id and read a damaged document as its valid entries only', async () => {
    const db = testDb();
    await expect(saveGenericSite(db, site('Bad Id'), 1)).rejects.toThrow(/invalid site id/);
    await db.documents.put({
      id: GENERIC_SITES_DOCUMENT_ID,
      version: 1,
      updatedAt: 1,
      value: [null, { id: 'ok-site', config: {}, enabled: true, updatedAt: 1 }, { id: 'x', enabled: true }, 'text'],
    });
    expect((await loadGenericSites(db)).map((s) => s.id)).toEqual(['ok-site']);
    await db.documents.put({ id: GENERIC_SITES_DOCUMENT_ID, version: 2, updatedAt: 1, value: { not: 'a list' } });
    expect(await loadGenericSites(db)).toEqual([]);
  });

  it('hold exactly one entry per id, whatever sequence of saves, renames, switches and deletes', async () => {
    const id = fc.constantFrom('aa', 'bb', 'cc', 'dd');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), id, previous: fc.option(id, { nil: undefined }) }),
      fc.record({ kind: fc.constant('toggle' as const), id, on: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), id }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = testDb();
        const model = new Map<string, boolean>();
        for (const [i, o] of ops.entries()) {
          if (o.kind === 'save') {
            await saveGenericSite(db, site(o.id), i, o.previous);
            if (o.previous !== undefined) model.delete(o.previous);
            model.set(o.id, true);
          } else if (o.kind === 'toggle') {
            await setGenericSiteEnabled(db, o.id, o.on, i);
            if (model.has(o.id)) model.set(o.id, o.on);
          } else {
            await deleteGenericSite(db, o.id, i);
            model.delete(o.id);
          }
        }
        const sites = await loadGenericSites(db);
        expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
        expect(new Map(sites.map((s) => [s.id, s.enabled]))).toEqual(model);
      }),
      { numRuns: 60 },
    );
  });
});
