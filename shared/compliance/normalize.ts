/**
 * Text normalisation that keeps a map back to the original offsets, so a finding on the normalised text can
 * point at the characters the user actually typed.
 */

export interface Normalized {
  text: string;
  /** For each UTF-16 unit of `text`: start offset of the original character it came from. */
  starts: number[];
  /** For each UTF-16 unit of `text`: end offset (exclusive) of that original character. */
  ends: number[];
}

// Soft hyphen, zero-width space/joiners, bidi controls, variation selectors, BOM and the like.
const ZERO_WIDTH = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const KEEP = /[\p{L}\p{N}]/u;

/** Latin look-alikes from Cyrillic and Greek that are used to dodge word lists. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
};

function fold(ch: string): string {
  const lower = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of lower) out += CONFUSABLES[c] ?? c;
  return out;
}

function build(original: string, keep: (c: string) => boolean): Normalized {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of original) {
    const end = i + ch.length;
    if (!ZERO_WIDTH.test(ch)) {
      for (const c of fold(ch)) {
        if (!keep(c)) continue;
        parts.push(c);
        for (let k = 0; k < c.length; k++) {
          starts.push(i);
          ends.push(end);
        }
      }
    }
    i = end;
  }
  return { text: parts.join(''), starts, ends };
}

/**
 * Letters and digits only, lower-cased, full-width folded (NFKC), zero-width removed: inserted spaces,
 * punctuation, line breaks and invisible characters no longer separate the letters of a phrase.
 */
export function compact(original: string): Normalized {
  return build(original, (c) => KEEP.test(c));
}

/** Lower-cased, NFKC, zero-width removed, separators kept: for amounts, numbers and section checks. */
export function light(original: string): Normalized {
  return build(original, () => true);
}

/** Maps a [from, to) range of a normalised text back to the original text. */
export function toOriginal(n: Normalized, from: number, to: number): { start: number; end: number } {
  const start = n.starts[from] ?? 0;
  const end = n.ends[to - 1] ?? start;
  return { start, end };
}

/** Compiles a pack pattern: whitespace in the source is layout, not content. */
export function compilePattern(source: string): RegExp {
  return new RegExp(source.replace(/\s+/g, ''), 'gu');
}

const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * A match on compacted text must not start or end in the middle of a Latin word ("loser" in "closer",
 * "shit" in "push it"): the original neighbour, skipping invisible characters only, must not be a letter/digit.
 */
export function atWordEdges(original: string, start: number, end: number): boolean {
  const first = fold(original.charAt(start));
  const last = fold(original.charAt(end - 1));
  if (LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(neighbour(original, start, -1))) return false;
  if (LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(neighbour(original, end, 1))) return false;
  return true;
}

function neighbour(original: string, at: number, dir: 1 | -1): string {
  let i = dir === 1 ? at : at - 1;
  while (i >= 0 && i < original.length) {
    const c = original.charAt(i);
    if (!ZERO_WIDTH.test(c)) return fold(c);
    i += dir;
  }
  return '';
}
