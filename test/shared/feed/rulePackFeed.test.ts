import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CN_PACK } from 'shared/compliance';
import { applyRefresh, type CachedRulePack, type RulePackCache, syncRulePack } from 'shared/feed/rulePackCache';
import { type RefreshRulePackOptions, refreshRulePack } from 'shared/feed/rulePackFeed';
import { exportPublicKeySpki, generateRulePackKeyPair, signRulePack } from 'shared/feed/rulePackSignature';
import { BUILTIN_TEMPLATES } from 'shared/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler = (_req, res) => res.end();
const requests: IncomingMessage[] = [];
let keys: CryptoKeyPair;
let otherKeys: CryptoKeyPair;
let spki: string;

const packV = (version: string) => ({
  ...CN_PACK,
  version,
  templates: [{ ...BUILTIN_TEMPLATES[0], id: 'acme.gentle', version: 3 }],
});

function serveJson(body: unknown, etag?: string): Handler {
  return (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ...(etag ? { ETag: etag } : {}) }).end(
      typeof body === 'string' ? body : JSON.stringify(body),
    );
  };
}

function memoryCache(): RulePackCache & { value?: CachedRulePack } {
  const cache: RulePackCache & { value?: CachedRulePack } = {
    async get() {
      return cache.value;
    },
    async set(entry) {
      cache.value = entry;
    },
  };
  return cache;
}

const options = (over: Partial<RefreshRulePackOptions> = {}): RefreshRulePackOptions => ({
  url: `${base}/rules.json`,
  publicKey: spki,
  keyId: 'acme-2026',
  timeoutMs: 2_000,
  retries: 1,
  backoffLimitMs: 20,
  ...over,
});

beforeAll(async () => {
  keys = await generateRulePackKeyPair();
  otherKeys = await generateRulePackKeyPair();
  spki = await exportPublicKeySpki(keys.publicKey);
  server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('refreshRulePack against a local HTTP server', () => {
  it('accepts a well-signed newer pack with its ETag, then gets 304 with If-None-Match', async () => {
    handler = serveJson(await signRulePack(packV('2026.2.0'), keys.privateKey, 'acme-2026'), '"v2"');
    const result = await refreshRulePack(options({ current: { version: CN_PACK.version } }));
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.pack.version).toBe('2026.2.0');
    expect(result.pack.rules.length).toBe(CN_PACK.rules.length);
    expect(result.pack.templates).toMatchObject([{ id: 'acme.gentle', version: 3, source: 'feed' }]);
    expect(result.etag).toBe('"v2"');

    requests.length = 0;
    expect(await refreshRulePack(options({ current: { version: '2026.2.0', etag: '"v2"' } }))).toEqual({ kind: 'unchanged' });
    expect(requests[0]?.headers['if-none-match']).toBe('"v2"');
  });

  it('accepts the key as a JWK too', async () => {
    handler = serveJson(await signRulePack(packV('2026.2.0'), keys.privateKey, 'acme-2026'));
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    expect((await refreshRulePack(options({ publicKey: jwk }))).kind).toBe('updated');
  });

  it('retries a 500 with back-off, then fails with the status', async () => {
    requests.length = 0;
    handler = (_req, res) => res.writeHead(500).end('boom');
    const result = await refreshRulePack(options({ retries: 2 }));
    expect(result).toMatchObject({ kind: 'failed', reason: { code: 'http-error', detail: 'HTTP 500' } });
    expect(requests).toHaveLength(3);
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    const good = await signRulePack(packV('2026.2.0'), keys.privateKey, 'acme-2026');
    handler = (req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503).end();
      else serveJson(good)(req, res);
    };
    expect((await refreshRulePack(options())).kind).toBe('updated');
    expect(calls).toBe(2);
  });

  it('fails with a timeout when the server never answers', async () => {
    handler = () => {
      // Hold the request open; afterAll closes the connection.
    };
    const result = await refreshRulePack(options({ timeoutMs: 100, retries: 0 }));
    expect(result).toMatchObject({ kind: 'failed', reason: { code: 'timeout' } });
  });

  it('fails with a network error when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await refreshRulePack(options({ url: `http://127.0.0.1:${port}/rules.json`, retries: 0 }));
    expect(result).toMatchObject({ kind: 'failed', reason: { code: 'network' } });
  });

  it('refuses a pack signed by another key, or a payload changed after signing', async () => {
    handler = serveJson(await signRulePack(packV('2026.3.0'), otherKeys.privateKey, 'acme-2026'));
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'bad-signature' } });

    const genuine = await signRulePack(packV('2026.3.0'), keys.privateKey, 'acme-2026');
    const forged = await signRulePack({ ...packV('2026.3.0'), defaultTimeZone: 'UTC' }, otherKeys.privateKey, 'x');
    handler = serveJson({ ...genuine, payload: forged.payload });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'bad-signature' } });

    handler = serveJson({ ...genuine, signature: 'not base64!' });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'bad-signature' } });
  });

  it('refuses an unsigned pack and a pack under an unknown key id', async () => {
    const genuine = await signRulePack(packV('2026.3.0'), keys.privateKey, 'acme-2026');
    handler = serveJson({ payload: genuine.payload, keyId: 'acme-2026' });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'missing-signature' } });
    handler = serveJson({ ...genuine, signature: '' });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'missing-signature' } });
    handler = serveJson({ ...genuine, keyId: 'someone-else' });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'unknown-key' } });
  });

  it('refuses malformed bodies and well-signed but invalid packs', async () => {
    handler = serveJson('<html>login page</html>');
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'malformed-body' } });
    handler = serveJson({ rules: [] });
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'malformed-body' } });
    handler = serveJson(await signRulePack({ ...packV('2026.3.0'), rules: 'none' }, keys.privateKey, 'acme-2026'));
    const bad = await refreshRulePack(options());
    expect(bad).toMatchObject({ kind: 'refused', reason: { code: 'malformed-pack' } });
    expect(bad.kind === 'refused' && bad.reason.detail).toContain('rules');
    const badTemplate = { ...packV('2026.3.0'), templates: [{ ...BUILTIN_TEMPLATES[0], body: '{{#invoices}}' }] };
    handler = serveJson(await signRulePack(badTemplate, keys.privateKey, 'acme-2026'));
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'malformed-pack' } });
    handler = serveJson(await signRulePack(packV('spring'), keys.privateKey, 'acme-2026'));
    expect(await refreshRulePack(options())).toMatchObject({ kind: 'refused', reason: { code: 'malformed-pack' } });
  });

  it('refuses an older version and treats the same version as unchanged', async () => {
    handler = serveJson(await signRulePack(packV('2026.1.9'), keys.privateKey, 'acme-2026'));
    expect(await refreshRulePack(options({ current: { version: '2026.10.0' } }))).toMatchObject({
      kind: 'refused',
      reason: { code: 'older-version', detail: '2026.1.9 < 2026.10.0' },
    });
    expect(await refreshRulePack(options({ current: { version: '2026.1.9' } }))).toEqual({ kind: 'unchanged' });
  });

  it('refuses plain http to anything but loopback, and an unreadable key, without a request', async () => {
    requests.length = 0;
    expect(await refreshRulePack(options({ url: 'http://rules.example.com/p.json' }))).toMatchObject({
      kind: 'failed',
      reason: { code: 'insecure-url' },
    });
    expect(await refreshRulePack(options({ publicKey: 'AAAA' }))).toMatchObject({ kind: 'failed', reason: { code: 'bad-key' } });
    expect(requests).toHaveLength(0);
  });

  it('every refusal and failure carries a message in both languages', async () => {
    handler = serveJson('nope');
    const r = await refreshRulePack(options());
    if (r.kind !== 'refused') throw new Error(r.kind);
    expect(r.reason.message.en.length).toBeGreaterThan(10);
    expect(r.reason.message.zh_CN).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the active pack survives every failed refresh', () => {
  it('keeps the last good pack through 304, 500, timeout, bad signature, malformed body and older version', async () => {
    const cache = memoryCache();
    const now = 1_773_900_000_000;
    handler = serveJson(await signRulePack(packV('2026.2.0'), keys.privateKey, 'acme-2026'), '"v2"');
    const first = await syncRulePack(cache, options(), now, CN_PACK.version);
    expect(first).toMatchObject({ changed: true, active: { pack: { version: '2026.2.0' }, etag: '"v2"', keyId: 'acme-2026' } });
    const good = cache.value;

    const attempts: [string, () => Promise<void>][] = [
      ['304', async () => {}],
      ['500', async () => {
        handler = (_q, s) => s.writeHead(500).end();
      }],
      ['timeout', async () => {
        handler = () => {};
      }],
      ['bad signature', async () => {
        handler = serveJson(await signRulePack(packV('2026.4.0'), otherKeys.privateKey, 'acme-2026'));
      }],
      ['malformed', async () => {
        handler = serveJson('{"payload":');
      }],
      ['older', async () => {
        handler = serveJson(await signRulePack(packV('2026.1.5'), keys.privateKey, 'acme-2026'));
      }],
    ];
    for (const [label, arrange] of attempts) {
      await arrange();
      const applied = await syncRulePack(cache, options({ timeoutMs: 100, retries: 0 }), now + 1);
      expect(applied.changed, label).toBe(false);
      expect(cache.value, label).toBe(good);
      expect(applied.active, label).toBe(good);
      if (label !== '304') expect(applied.reason?.code, label).toBeTruthy();
    }

    handler = serveJson(await signRulePack(packV('2026.5.0'), keys.privateKey, 'acme-2026'), '"v5"');
    const next = await syncRulePack(cache, options(), now + 2);
    expect(next).toMatchObject({ changed: true, active: { pack: { version: '2026.5.0' }, etag: '"v5"', fetchedAt: now + 2 } });
  });

  it('never downgrades when a slower refresh finishes after a newer pack was stored', async () => {
    const cache = memoryCache();
    handler = serveJson(await signRulePack(packV('2026.2.0'), keys.privateKey, 'acme-2026'));
    const older = await refreshRulePack(options());
    handler = serveJson(await signRulePack(packV('2026.3.0'), keys.privateKey, 'acme-2026'));
    await applyRefresh(cache, await refreshRulePack(options()), 1);
    const applied = await applyRefresh(cache, older, 2);
    expect(applied.changed).toBe(false);
    expect(cache.value?.pack.version).toBe('2026.3.0');
  });
});
