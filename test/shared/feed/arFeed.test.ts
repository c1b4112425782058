import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArFeedConfig, fetchArFeed } from 'shared/feed/arFeed';
import { nextLink } from 'shared/feed/httpLink';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

const routes = new Map<string, Handler>();
const hits = new Map<string, number>();
let server: Server;
let base = '';
const NOW = 1_760_000_000_000;
const now = () => NOW;

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const row = (n: number, extra: Record<string, unknown> = {}) => ({
  customer: { code: `C${n % 3}`, name: `客户${n % 3}` },
  no: `INV-${n}`,
  due: '2025-09-30',
  ccy: 'CNY',
  total: `${n}00.50`,
  ...extra,
});

const mapping = {
  customer_code: 'customer.code',
  customer_name: 'customer.name',
  invoice_number: 'no',
  due_date: 'due',
  currency: 'ccy',
  amount: 'total',
} as const;

const feed = (path: string, extra: Partial<ArFeedConfig> = {}): ArFeedConfig => ({
  url: `${base}${path}`,
  rowsPath: 'data.items',
  fieldMapping: mapping,
  timeoutMs: 2000,
  retries: 0,
  backoffMs: 1,
  ...extra,
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const handler = routes.get(url.pathname);
    if (handler) handler(req, res, url);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  // Slow handlers never outlive the test run.
  server.requestTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes.clear();
  hits.clear();
});

describe('fetchArFeed', () => {
  it('maps, validates and assembles rows like a file, with the ETag and the given clock', async () => {
    let auth = '';
    routes.set('/ledger', (req, res) => {
      auth = req.headers.authorization ?? '';
      json(res, { data: { items: [row(1), row(2, { total: 'lots' }), row(3, { crm: ['salesforce:001xx000003DGb2AAG'] })] } }, { etag: '"v1"' });
    });
    const r = await fetchArFeed(feed('/ledger', { token: 's3cret', fieldMapping: { ...mapping, crm_ids: 'crm' } }), { now });
    expect(r.kind).toBe('updated');
    if (r.kind !== 'updated') return;
    expect(auth).toBe('Bearer s3cret');
    expect(r.etag).toBe('"v1"');
    expect(r.fetchedAt).toBe(NOW);
    expect(r.result.encoding).toBe('json');
    expect(r.result.invoices.map((i) => [i.customerId, i.number, i.amount])).toEqual([
      ['C1', 'INV-1', 10_050],
      ['C0', 'INV-3', 30_050],
    ]);
    expect(r.result.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [0, 'issue-date-assumed', undefined],
      [2, 'invalid-amount', 'amount'],
    ]);
    expect(r.result.crmLinks).toEqual([{ system: 'salesforce', recordId: '001xx000003DGb2AAG', customerId: 'C0' }]);
  });

  it('a 304 for the ETag it was given is "unchanged"', async () => {
    routes.set('/ledger', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
      } else json(res, { data: { items: [row(1)] } }, { etag: '"v1"' });
    });
    expect(await fetchArFeed(feed('/ledger'), { now, etag: '"v1"' })).toEqual({ kind: 'unchanged' });
    expect((await fetchArFeed(feed('/ledger'), { now, etag: '"v0"' })).kind).toBe('updated');
  });

  it('follows page numbers until a short page', async () => {
    routes.set('/paged', (_req, res, url) => {
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('per_page'));
      const all = [1, 2, 3, 4, 5].map((n) => row(n, n === 3 ? { due: '2025-02-30' } : {}));
      json(res, { data: { items: all.slice((page - 1) * size, page * size) } });
    });
    const r = await fetchArFeed(feed('/paged', { pagination: { kind: 'page', sizeParam: 'per_page', size: 2 } }), { now });
    expect(r.kind === 'updated' && r.result.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2', 'INV-4', 'INV-5']);
    expect(r.kind === 'updated' && r.pages).toBe(3);
    // Row numbers count records across pages.
    expect(r.kind === 'updated' && r.result.issues.filter((i) => i.row > 0).map((i) => [i.row, i.code])).toEqual([[3, 'invalid-date']]);
    expect(hits.get('/paged')).toBe(3);
  });

  it('follows cursors and Link headers', async () => {
    routes.set('/cursor', (_req, res, url) => {
      const at = Number(url.searchParams.get('cursor') ?? '0');
      json(res, { data: { items: [row(at + 1)] }, next: at < 2 ? String(at + 1) : null });
    });
    const c = await fetchArFeed(feed('/cursor', { pagination: { kind: 'cursor', cursorPath: 'next' } }), { now });
    expect(c.kind === 'updated' && c.result.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2', 'INV-3']);

    routes.set('/linked', (_req, res, url) => {
      const at = Number(url.searchParams.get('p') ?? '1');
      const link: Record<string, string> = at < 3 ? { link: `</linked?p=${at + 1}>; rel="next", </linked?p=1>; rel="first"` } : {};
      json(res, { data: { items: [row(at)] } }, link);
    });
    const l = await fetchArFeed(feed('/linked', { pagination: { kind: 'link' } }), { now });
    expect(l.kind === 'updated' && l.result.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2', 'INV-3']);
  });

  it('stops a feed that links back to itself', async () => {
    routes.set('/loop', (_req, res) => json(res, { data: { items: [row(1)] } }, { link: '</loop>; rel="next"' }));
    const r = await fetchArFeed(feed('/loop', { pagination: { kind: 'link' } }), { now });
    expect(r.kind === 'updated' && r.pages).toBe(1);
  });

  it('retries a 500 with back-off, then fails with the status', async () => {
    routes.set('/broken', (_req, res) => {
      res.writeHead(500);
      res.end('boom');
    });
    const r = await fetchArFeed(feed('/broken', { retries: 2 }), { now });
    expect(r).toMatchObject({ kind: 'failed', error: { code: 'http', status: 500 } });
    expect(hits.get('/broken')).toBe(3);
    if (r.kind === 'failed') expect(r.error.message.zh_CN).toContain('500');
  });

  it('recovers when a retry succeeds', async () => {
    routes.set('/flaky', (_req, res) => {
      if ((hits.get('/flaky') ?? 0) < 2) {
        res.writeHead(503);
        res.end();
      } else json(res, { data: { items: [row(1)] } });
    });
    const r = await fetchArFeed(feed('/flaky', { retries: 2 }), { now });
    expect(r.kind).toBe('updated');
    expect(hits.get('/flaky')).toBe(2);
  });

  it('times out a server that does not answer', async () => {
    routes.set('/slow', (_req, res) => {
      const timer = setTimeout(() => json(res, { data: { items: [] } }), 1500);
      res.on('close', () => clearTimeout(timer));
    });
    const r = await fetchArFeed(feed('/slow', { timeoutMs: 100, retries: 1 }), { now });
    expect(r).toMatchObject({ kind: 'failed', error: { code: 'timeout' } });
    expect(hits.get('/slow')).toBe(2);
  });

  it('reports malformed JSON, a missing row list and an unreachable host', async () => {
    routes.set('/garbage', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": {"items": [1, 2');
    });
    routes.set('/shape', (_req, res) => json(res, { data: { rows: [] } }));
    expect(await fetchArFeed(feed('/garbage'), { now })).toMatchObject({ kind: 'failed', error: { code: 'malformed-json' } });
    expect(await fetchArFeed(feed('/shape'), { now })).toMatchObject({ kind: 'failed', error: { code: 'rows-not-found' } });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = await fetchArFeed({ ...feed('/x'), url: `http://127.0.0.1:${port}/x` }, { now });
    expect(r).toMatchObject({ kind: 'failed', error: { code: 'network' } });
  });

  it('rejects a configuration without a usable URL', async () => {
    expect(await fetchArFeed({ url: 'not a url' }, { now })).toMatchObject({ kind: 'failed', error: { code: 'invalid-config' } });
    expect(await fetchArFeed({ url: 'ftp://x.cn/a' }, { now })).toMatchObject({ kind: 'failed', error: { code: 'invalid-config' } });
  });

  it('fetches a bare array with canonical or camelCase names and no mapping', async () => {
    routes.set('/plain', (_req, res) =>
      json(res, [
        { customer_name: 'Acme', invoice_number: 'A1', due_date: '2025-10-01', currency: 'USD', amount: 12.5, open_amount: 2.25 },
        { customerName: 'Beta', invoiceNumber: 'B1', dueDate: '2025-10-02', issueDate: '2025-09-02', currency: 'USD', amount: 1, emailDomains: ['beta.io', 'beta.cn'] },
      ]),
    );
    const r = await fetchArFeed({ url: `${base}/plain`, retries: 0 }, { now });
    expect(r.kind === 'updated' && r.result.invoices[0]).toMatchObject({ amount: 1250, openAmount: 225, currency: 'USD' });
    expect(r.kind === 'updated' && r.result.invoices[1]).toMatchObject({ number: 'B1', issueDate: '2025-09-02' });
    expect(r.kind === 'updated' && r.result.customers[1]?.emailDomains).toEqual(['beta.io', 'beta.cn']);
  });
});

describe('nextLink', () => {
  it('finds rel="next" among several links and resolves it', () => {
    const header = '<https://api.x.cn/i?page=1>; rel="first", </i?page=3>; rel="next last"';
    expect(nextLink(header, 'https://api.x.cn/i?page=2')).toBe('https://api.x.cn/i?page=3');
    expect(nextLink('<https://a.cn/1>; rel=prev', 'https://a.cn/2')).toBeNull();
    expect(nextLink(null, 'https://a.cn/')).toBeNull();
  });
});
