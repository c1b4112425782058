import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CN_PACK, US_PACK } from 'shared/compliance';
import {
  activeRulePack,
  feedConfigProblems,
  feedTemplates,
  loadFeedConfig,
  loadRulePackStatus,
  refreshRulePackFromFeed,
  saveFeedConfig,
} from 'shared/db/rulePackRepo';
import { exportPublicKeySpki, generateRulePackKeyPair, signRulePack } from 'shared/feed/rulePack';
import { BUILTIN_TEMPLATES } from 'shared/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from './testDb';

let server: Server;
let base = '';
let respond: (res: ServerResponse) => void = (res) => res.end();
let keys: CryptoKeyPair;
let otherKeys: CryptoKeyPair;
let spki = '';

const packV = (version: string) => ({
  ...CN_PACK,
  version,
  templates: [{ ...BUILTIN_TEMPLATES[0]!, id: 'acme.gentle', version: 1 }],
});
const serve = (body: unknown) => (res: ServerResponse) =>
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
const fast = { timeoutMs: 2_000, retries: 0 };

beforeAll(async () => {
  keys = await generateRulePackKeyPair();
  otherKeys = await generateRulePackKeyPair();
  spki = await exportPublicKeySpki(keys.publicKey);
  server = createServer((_req, res) => respond(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('rulePackRepo', () => {
  it('uses the built-in pack until a feed pack arrives, then the feed pack for its own profile only', async () => {
    const db = testDb();
    expect(await activeRulePack(db, 'CN')).toMatchObject({ origin: 'builtin', pack: { id: CN_PACK.id } });
    respond = serve(await signRulePack(packV('2026.5.0'), keys.privateKey, 'acme'));
    const { status } = await refreshRulePackFromFeed(db, { url: `${base}/rules.json`, publicKey: spki, keyId: 'acme' }, 100, fast);
    expect(status).toMatchObject({ outcome: 'updated', activeVersion: '2026.5.0', attemptedAt: 100 });
    const active = await activeRulePack(db, 'CN');
    expect(active.origin).toBe('feed');
    expect(active.pack.version).toBe('2026.5.0');
    expect(active.cached).toMatchObject({ source: `${base}/rules.json`, keyId: 'acme', fetchedAt: 100 });
    expect((await feedTemplates(db)).map((t) => t.id)).toEqual(['acme.gentle']);
    expect(await activeRulePack(db, 'US')).toMatchObject({ origin: 'builtin', pack: { id: US_PACK.id } });
  });

  it('keeps the last good pack and records the reason when a refresh is refused or fails', async () => {
    const db = testDb();
    const config = { url: `${base}/rules.json`, publicKey: spki };
    respond = serve(await signRulePack(packV('2026.5.0'), keys.privateKey, 'acme'));
    await refreshRulePackFromFeed(db, config, 1, fast);

    respond = serve(await signRulePack(packV('2026.6.0'), otherKeys.privateKey, 'acme'));
    const refused = await refreshRulePackFromFeed(db, config, 2, fast);
    expect(refused.status).toMatchObject({ outcome: 'refused', reason: { code: 'bad-signature' }, activeVersion: '2026.5.0' });
    expect(refused.status.reason?.message.zh_CN).toContain('签名无效');

    respond = (res) => res.writeHead(500).end();
    const failed = await refreshRulePackFromFeed(db, config, 3, fast);
    expect(failed.status).toMatchObject({ outcome: 'failed', reason: { code: 'http-error' } });

    respond = serve(await signRulePack(packV('2026.4.0'), keys.privateKey, 'acme'));
    expect((await refreshRulePackFromFeed(db, config, 4, fast)).status.reason?.code).toBe('older-version');

    expect((await activeRulePack(db, 'CN')).pack.version).toBe('2026.5.0');
    expect(await loadRulePackStatus(db)).toMatchObject({ attemptedAt: 4, outcome: 'refused' });
  });

  it('validates feed settings before saving them', async () => {
    const db = testDb();
    expect(feedConfigProblems({ url: 'http://rules.example.com/p.json', publicKey: spki }).map((p) => p.field)).toEqual(['url']);
    expect(feedConfigProblems({ url: 'https://rules.example.com/p.json', publicKey: 'short' }).map((p) => p.field)).toEqual(['publicKey']);
    expect(await saveFeedConfig(db, { url: 'ftp://x', publicKey: spki }, 1)).toHaveLength(1);
    expect(await loadFeedConfig(db)).toBeUndefined();
    expect(await saveFeedConfig(db, { url: ' https://rules.example.com/p.json ', publicKey: spki, keyId: ' ' }, 1)).toEqual([]);
    expect(await loadFeedConfig(db)).toEqual({ url: 'https://rules.example.com/p.json', publicKey: spki });
  });
});
