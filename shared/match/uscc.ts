/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters over a 31-character alphabet
 * (no I, O, S, V, Z); the last is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Upper case, half-width, without white space or hyphens: how codes are compared and stored. */
export function normalizeUscc(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s-]+/gu, '');
}

/**
 * The check character for the first 17 characters (normalised first), or undefined when they are not 17
 * characters of the code alphabet.
 */
export function usccCheckChar(first17: string): string | undefined {
  const body = normalizeUscc(first17);
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) {
    const v = VALUE.get(body.charAt(i));
    if (v === undefined) return undefined;
    sum += v * weight;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** True for an 18-character code (case and full-width forms allowed) whose check character is right. */
export function isValidUscc(code: string): boolean {
  const c = normalizeUscc(code);
  return c.length === 18 && usccCheckChar(c.slice(0, 17)) === c.charAt(17);
}
