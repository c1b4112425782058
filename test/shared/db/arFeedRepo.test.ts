import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deleteArFeed, ledgerCounts, loadArFeedState, refreshArFeed, saveArFeedSettings, undoLastImport } from 'shared/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from './testDb';

let server: Server;
let base = '';
let reply: (res: ServerResponse, ifNoneMatch: string | undefined) => void = () => undefined;

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ cust: { name: `客户${i % 2}有限公司` }, no: `INV-${i}`, due: '2026-10-31', ccy: 'CNY', total: `${i + 1}00.00` }));

const settings = () => ({
  refreshMinutes: 60,
  config: {
    url: `${base}/ar`,
    rowsPath: 'data',
    fieldMapping: { customer_name: 'cust.name', invoice_number: 'no', due_date: 'due', currency: 'ccy', amount: 'total' },
    retries: 0,
    timeoutMs: 2000,
  },
});

beforeAll(async () => {
  server = createServer((req, res) => reply(res, req.headers['if-none-match']));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('AR feed refresh into the ledger', () => {
  it('imports a good feed, keeps it on a 500 and records the error, marks it current on a 304', async () => {
    const db = testDb();
    expect(await refreshArFeed(db, 1)).toBeNull();
    await saveArFeedSettings(db, settings(), 10);

    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      res.end(JSON.stringify({ data: rows(5) }));
    };
    const ok = await refreshArFeed(db, 1000);
    expect(ok).toMatchObject({ lastSuccessAt: 1000, etag: '"v1"', error: null, counts: { customers: 2, invoices: 5 } });
    expect(await ledgerCounts(db)).toEqual({ customers: 2, invoices: 5, contacts: 0 });
    expect((await db.meta.get('lastImport'))?.value).toMatchObject({ at: 1000, source: `feed:${new URL(base).host}`, mode: 'replace' });

    reply = (res) => {
      res.writeHead(500);
      res.end('boom');
    };
    const failed = await refreshArFeed(db, 2000);
    expect(failed).toMatchObject({ lastAttemptAt: 2000, lastSuccessAt: 1000, error: { code: 'http', status: 500 } });
    expect(await ledgerCounts(db)).toEqual({ customers: 2, invoices: 5, contacts: 0 });
    expect((await db.meta.get('lastImport'))?.value).toMatchObject({ at: 1000 });

    reply = (res, ifNoneMatch) => {
      expect(ifNoneMatch).toBe('"v1"');
      res.writeHead(304);
      res.end();
    };
    expect(await refreshArFeed(db, 3000)).toMatchObject({ lastSuccessAt: 3000, error: null, counts: { invoices: 5 } });
    expect((await db.meta.get('lastImport'))?.value).toMatchObject({ at: 3000 });
  });

  it('keeps the ledger when the feed has no valid row or bad JSON', async () => {
    const db = testDb();
    await saveArFeedSettings(db, settings(), 10);
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: rows(3) }));
    };
    await refreshArFeed(db, 1000);
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [{ no: 'X' }] }));
    };
    expect((await refreshArFeed(db, 2000))?.error?.code).toBe('rows-not-found');
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": [');
    };
    expect((await refreshArFeed(db, 3000))?.error?.code).toBe('malformed-json');
    expect(await ledgerCounts(db)).toEqual({ customers: 2, invoices: 3, contacts: 0 });
  });

  it('a refresh is undoable like an import; new settings drop the old ETag; deleting forgets the feed', async () => {
    const db = testDb();
    await saveArFeedSettings(db, settings(), 10);
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', etag: '"a"' });
      res.end(JSON.stringify({ data: rows(4) }));
    };
    await refreshArFeed(db, 1000);
    await undoLastImport(db);
    expect(await ledgerCounts(db)).toEqual({ customers: 0, invoices: 0, contacts: 0 });
    await saveArFeedSettings(db, settings(), 20);
    expect(await loadArFeedState(db)).toBeNull();
    await deleteArFeed(db);
    expect(await refreshArFeed(db, 3000)).toBeNull();
  });
});
