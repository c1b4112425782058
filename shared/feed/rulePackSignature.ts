import { canonicalJson } from '../audit/canonicalJson';

/**
 * The signed envelope a company feed serves:
 *   payload   – base64 of the UTF-8 bytes of canonicalJson(pack)
 *   signature – base64 of the ECDSA P-256 / SHA-256 signature over those bytes, in the IEEE P1363 form r‖s
 *               (64 bytes) that WebCrypto produces and expects (not DER)
 *   keyId     – names the key, so a company can rotate keys
 */
export interface SignedRulePackEnvelope {
  payload: string;
  signature: string;
  keyId: string;
}

const ECDSA_KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so a large pack does not overflow the argument limit of String.fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict standard base64 (with padding, no whitespace); null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Imports the company's public key from a JWK or from base64 SPKI (DER), for verifying only. */
export async function importRulePackPublicKey(key: JsonWebKey | string): Promise<CryptoKey> {
  if (typeof key !== 'string') return crypto.subtle.importKey('jwk', key, ECDSA_KEY, true, ['verify']);
  const der = base64ToBytes(key.replace(/\s+/g, ''));
  if (!der) throw new TypeError('public key is neither a JWK nor base64 SPKI');
  return crypto.subtle.importKey('spki', der, ECDSA_KEY, true, ['verify']);
}

/** A new P-256 key pair for a company's signing tool (and tests). */
export function generateRulePackKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA_KEY, true, ['sign', 'verify']);
}

/** The public key as base64 SPKI, the form the managed policy carries. */
export async function exportPublicKeySpki(key: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
}

/** Signs a pack: canonical JSON → UTF-8 → ECDSA P-256 SHA-256. */
export async function signRulePack(pack: unknown, privateKey: CryptoKey, keyId: string): Promise<SignedRulePackEnvelope> {
  const bytes = new TextEncoder().encode(canonicalJson(pack));
  const signature = new Uint8Array(await crypto.subtle.sign(ECDSA_SIGN, privateKey, bytes));
  return { payload: bytesToBase64(bytes), signature: bytesToBase64(signature), keyId };
}

/** True when `signature` is a valid signature of the `payload` bytes by `publicKey`. */
export async function verifyRulePackSignature(
  payload: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  publicKey: CryptoKey,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify(ECDSA_SIGN, publicKey, signature, payload);
  } catch {
    return false;
  }
}
