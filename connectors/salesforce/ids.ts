/**
 * Salesforce record ids. Classic URLs carry the 15-character case-sensitive id; Lightning URLs the 18-character
 * case-safe one (the 15 plus a 3-character checksum of where the capitals are). Identities always carry the
 * 18-character form so a link made on one UI matches the other.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[A-Za-z0-9]{15}$/;
const ID18 = /^[A-Za-z0-9]{18}$/;

/** The 18-character id of a 15-character id. Throws RangeError when `id15` is not 15 alphanumerics. */
export function sfId18(id15: string): string {
  if (!ID15.test(id15)) throw new RangeError(`not a 15-character Salesforce id: ${id15}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i; // A–Z
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return id15 + suffix;
}

/**
 * The canonical (18-character) form of a 15- or 18-character id, or undefined for anything else. An 18-character
 * id is kept as given: its first 15 characters are the authority, and rewriting a suffix would hide a typo.
 */
export function canonicalSfId(id: string): string | undefined {
  if (ID18.test(id)) return id;
  if (ID15.test(id)) return sfId18(id);
  return undefined;
}

/** True when two ids (15 or 18 characters) name the same record. */
export function sameSfId(a: string, b: string): boolean {
  const x = canonicalSfId(a);
  const y = canonicalSfId(b);
  return x !== undefined && y !== undefined && x.slice(0, 15) === y.slice(0, 15);
}
