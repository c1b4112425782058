/**
 * A company's rule-pack signing tool.
 *
 *   tsx scripts/sign-rule-pack.ts keygen out/ [key-id]         → out/private.jwk (keep secret), out/public.jwk,
 *                                                               out/public.spki.b64 (for the managed policy)
 *   tsx scripts/sign-rule-pack.ts sign pack.json private.jwk > envelope.json
 *
 * The pack is validated exactly as the extension will validate it before anything is signed, so an
 * invalid pack never gets a signature. See docs/rule-pack-feed.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256Hex } from '../shared/audit/digest';
import { validateFeedRulePack } from '../shared/feed/rulePackSchema';
import {
  base64ToBytes,
  exportPublicKeySpki,
  generateRulePackKeyPair,
  type SignedRulePackEnvelope,
  signRulePack,
  verifyRulePackSignature,
} from '../shared/feed/rulePackSignature';

const ECDSA_KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export interface GeneratedKeys {
  keyId: string;
  privateJwk: JsonWebKey & { kid: string };
  publicJwk: JsonWebKey & { kid: string };
  publicSpki: string;
}

/** A new P-256 key pair; the key id defaults to the first 16 hex digits of the SPKI's SHA-256. */
export async function generateKeys(keyId?: string): Promise<GeneratedKeys> {
  const pair = await generateRulePackKeyPair();
  const publicSpki = await exportPublicKeySpki(pair.publicKey);
  const kid = keyId?.trim() || (await sha256Hex(publicSpki)).slice(0, 16);
  return {
    keyId: kid,
    privateJwk: { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid },
    publicJwk: { ...(await crypto.subtle.exportKey('jwk', pair.publicKey)), kid },
    publicSpki,
  };
}

/** Writes the three key files into `dir`; the private key is readable by its owner only. */
export async function keygen(dir: string, keyId?: string): Promise<GeneratedKeys> {
  const keys = await generateKeys(keyId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'private.jwk'), `${JSON.stringify(keys.privateJwk, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'public.jwk'), `${JSON.stringify(keys.publicJwk, null, 2)}\n`);
  writeFileSync(join(dir, 'public.spki.b64'), `${keys.publicSpki}\n`);
  return keys;
}

export class PackError extends Error {}

/**
 * Validates the pack as the extension does, signs it with the private JWK (its `kid` is the envelope's key id)
 * and checks the signature with the public half before returning the envelope.
 */
export async function signPack(pack: unknown, privateJwk: JsonWebKey & { kid?: string }): Promise<SignedRulePackEnvelope> {
  const validation = validateFeedRulePack(pack);
  if (!validation.ok) throw new PackError(`the pack is not valid:\n  ${validation.errors.join('\n  ')}`);
  if (!privateJwk.kid) throw new PackError('the private key has no "kid" (key id); generate keys with keygen');
  const privateKey = await crypto.subtle.importKey('jwk', privateJwk, ECDSA_KEY, false, ['sign']);
  const { d: _secret, key_ops: _ops, ...publicPart } = privateJwk;
  const publicKey = await crypto.subtle.importKey('jwk', { ...publicPart, key_ops: ['verify'] }, ECDSA_KEY, false, ['verify']);
  const envelope = await signRulePack(pack, privateKey, privateJwk.kid);
  const payload = base64ToBytes(envelope.payload);
  const signature = base64ToBytes(envelope.signature);
  if (!payload || !signature || !(await verifyRulePackSignature(payload, signature, publicKey))) {
    throw new PackError('the signature does not verify with the key’s public half');
  }
  return envelope;
}

async function main(args: string[]): Promise<number> {
  const [command, a, b] = args;
  if (command === 'keygen' && a) {
    const keys = await keygen(resolve(a), b);
    process.stderr.write(
      `Key id: ${keys.keyId}\nWrote ${join(a, 'private.jwk')} (secret), ${join(a, 'public.jwk')}, ${join(a, 'public.spki.b64')}\n` +
        'Put public.spki.b64 in the managed policy "ruleFeedPublicKey" and the key id in "ruleFeedKeyId".\n',
    );
    return 0;
  }
  if (command === 'sign' && a && b) {
    const pack: unknown = JSON.parse(readFileSync(a, 'utf8'));
    const jwk = JSON.parse(readFileSync(b, 'utf8')) as JsonWebKey & { kid?: string };
    process.stdout.write(`${JSON.stringify(await signPack(pack, jwk), null, 2)}\n`);
    return 0;
  }
  process.stderr.write('usage:\n  tsx scripts/sign-rule-pack.ts keygen <dir> [key-id]\n  tsx scripts/sign-rule-pack.ts sign <pack.json> <private.jwk> > envelope.json\n');
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
