import fc from 'fast-check';
import { canonicalJson } from 'shared/audit';
import {
  base64ToBytes,
  bytesToBase64,
  exportPublicKeySpki,
  generateRulePackKeyPair,
  importRulePackPublicKey,
  signRulePack,
  verifyRulePackSignature,
} from 'shared/feed/rulePackSignature';
import { comparePackVersions, isPackVersion } from 'shared/feed/rulePackSchema';
import { describe, expect, it } from 'vitest';

describe('rule pack signature envelope', () => {
  it('payload is base64 of the canonical JSON; signature is 64-byte P1363 r||s; verifies with the SPKI key', async () => {
    const keys = await generateRulePackKeyPair();
    const pack = { version: '1.0', b: [1, 2], a: '规则' };
    const envelope = await signRulePack(pack, keys.privateKey, 'k1');
    expect(envelope.keyId).toBe('k1');
    const payload = base64ToBytes(envelope.payload);
    const signature = base64ToBytes(envelope.signature);
    if (!payload || !signature) throw new Error('not base64');
    expect(new TextDecoder().decode(payload)).toBe(canonicalJson(pack));
    expect(signature).toHaveLength(64);
    const publicKey = await importRulePackPublicKey(await exportPublicKeySpki(keys.publicKey));
    expect(await verifyRulePackSignature(payload, signature, publicKey)).toBe(true);
    const flipped = payload.slice();
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(await verifyRulePackSignature(flipped, signature, publicKey)).toBe(false);
    expect(await verifyRulePackSignature(payload, signature.slice(0, 63), publicKey)).toBe(false);
  });

  it('base64 round-trips any bytes and rejects non-base64 text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab c=')).toBeNull();
    expect(base64ToBytes('YWJj')).toEqual(new TextEncoder().encode('abc'));
  });

  it('compares dotted versions numerically', () => {
    expect(comparePackVersions('2026.10.0', '2026.9.3')).toBe(1);
    expect(comparePackVersions('2026.1', '2026.1.0')).toBe(0);
    expect(comparePackVersions('2025.12.1', '2026.1.0')).toBe(-1);
    expect(isPackVersion('2026.1.0')).toBe(true);
    expect(isPackVersion('v2')).toBe(false);
    expect(isPackVersion('1..2')).toBe(false);
  });
});
