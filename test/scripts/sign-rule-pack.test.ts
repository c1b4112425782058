import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CN_PACK } from 'shared/compliance';
import { refreshRulePack } from 'shared/feed/rulePack';
import { describe, expect, it } from 'vitest';
import { keygen, PackError, signPack } from '../../scripts/sign-rule-pack';

const pack = { ...CN_PACK, version: '2026.3.0', templates: [] };

/** Serves one body to refreshRulePack through its fetch option: the extension's own checks run on the envelope. */
const serving = (body: string): typeof fetch => async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });

describe('scripts/sign-rule-pack', () => {
  it('signs a pack the extension accepts with the generated public key and key id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-keys-'));
    const keys = await keygen(dir, 'acme-2026');
    const envelope = await signPack(pack, JSON.parse(readFileSync(join(dir, 'private.jwk'), 'utf8')));
    expect(envelope.keyId).toBe('acme-2026');
    const publicKey = readFileSync(join(dir, 'public.spki.b64'), 'utf8').trim();
    expect(publicKey).toBe(keys.publicSpki);
    const result = await refreshRulePack({ url: 'https://rules.example.com/p.json', publicKey, keyId: 'acme-2026', fetch: serving(JSON.stringify(envelope)) });
    expect(result.kind).toBe('updated');
    if (result.kind === 'updated') expect(result.pack.version).toBe('2026.3.0');
  });

  it('refuses to sign an invalid pack, and a pack signed by another key is refused by the extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-keys-'));
    const mine = await keygen(dir);
    expect(mine.keyId).toMatch(/^[0-9a-f]{16}$/);
    await expect(signPack({ ...pack, version: 'latest' }, mine.privateJwk)).rejects.toBeInstanceOf(PackError);
    const other = await keygen(mkdtempSync(join(tmpdir(), 'rule-keys-')), mine.keyId);
    const forged = await signPack(pack, other.privateJwk);
    const result = await refreshRulePack({ url: 'https://rules.example.com/p.json', publicKey: mine.publicSpki, fetch: serving(JSON.stringify(forged)) });
    expect(result).toMatchObject({ kind: 'refused', reason: { code: 'bad-signature' } });
  });

  it('works from the command line: keygen, then sign to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-cli-'));
    const packFile = join(dir, 'pack.json');
    writeFileSync(packFile, JSON.stringify(pack));
    execFileSync('npx', ['tsx', 'scripts/sign-rule-pack.ts', 'keygen', join(dir, 'keys'), 'cli-key'], { stdio: 'pipe' });
    const out = execFileSync('npx', ['tsx', 'scripts/sign-rule-pack.ts', 'sign', packFile, join(dir, 'keys', 'private.jwk')], { encoding: 'utf8' });
    const envelope = JSON.parse(out) as { keyId: string; payload: string; signature: string };
    expect(envelope.keyId).toBe('cli-key');
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')).version).toBe('2026.3.0');
  }, 60_000);
});
