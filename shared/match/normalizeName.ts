import {
  BRACKETED_LEGAL_FORMS,
  BRACKETED_REGION_PATTERN,
  BRACKETED_REGIONS,
  CJK_LEGAL_PREFIXES,
  CJK_LEGAL_SUFFIXES,
  LATIN_LEGAL_SUFFIXES,
} from './legalForms';

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc]';
const CJK_CHAR = new RegExp(CJK_CLASS, 'u');
/** A run of Chinese/Japanese characters, or a run of other letters and digits; marks stay with their base. */
const TOKEN = new RegExp(`(?:${CJK_CLASS}\\p{M}*)+|(?:(?!${CJK_CLASS})[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const OPEN = '([{<【〔〖「『《';
const CLOSE = ')]}>】〕〗」』》';
const BRACKETED = new RegExp(`[${escapeClass(OPEN)}]([^${escapeClass(OPEN + CLOSE)}]*)[${escapeClass(CLOSE)}]`, 'u');

/** True when a token from `nameTokens` is Chinese or Japanese (tokens never mix the two kinds of script). */
export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\[^-]/g, '\\$&');
}

/** Case fold and compatibility-normalise: full-width Ａ１（ become A1(, ㍿ becomes 株式会社. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ς/g, 'σ');
}

/** Applies `step` until the text stops changing: a fixed point of `step` is what makes the caller idempotent. */
function toFixedPoint(text: string, step: (s: string) => string): string {
  let current = text;
  // Converges in two or three rounds in practice (removing characters can let NFKC compose new ones).
  for (let i = 0; i < 32; i++) {
    const next = step(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Lower-case letters, digits and combining marks only, with no legal-form or region stripping. Used for
 * prefix search on what the user sees ("北京星河科技有" must still find "北京星河科技有限公司").
 */
export function compactText(text: string): string {
  return toFixedPoint(text, (s) => fold(s).replace(NOT_WORD, '').normalize('NFKC'));
}

function removeBrackets(text: string): string {
  let s = text;
  for (let m = BRACKETED.exec(s); m; m = BRACKETED.exec(s)) {
    const inner = m[1] ?? '';
    const key = inner.replace(NOT_WORD, '');
    const drop = BRACKETED_REGIONS.has(key) || BRACKETED_LEGAL_FORMS.has(key) || BRACKETED_REGION_PATTERN.test(key);
    s = `${s.slice(0, m.index)} ${drop ? '' : inner} ${s.slice(m.index + m[0].length)}`;
  }
  return s;
}

/** Word runs, split again where Chinese/Japanese meets other scripts ("星河科技co" → 星河科技, co). */
function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function endsWithSequence(words: string[], seq: readonly string[]): boolean {
  if (seq.length > words.length) return false;
  const offset = words.length - seq.length;
  return seq.every((w, i) => words[offset + i] === w);
}

/** One round of legal-form stripping; returns undefined when nothing matched. */
function stripOnce(words: string[]): string[] | undefined {
  const first = words[0] ?? '';
  const prefix = CJK_LEGAL_PREFIXES.find((p) => first.startsWith(p) && first.length > p.length);
  if (prefix) return [first.slice(prefix.length), ...words.slice(1)];

  const latin = LATIN_LEGAL_SUFFIXES.find((seq) => endsWithSequence(words, seq));
  if (latin) return words.slice(0, words.length - latin.length);

  const last = words[words.length - 1] ?? '';
  // 分公司 (a branch) is not a legal form; bare 公司 is.
  if (last.endsWith('分公司')) return stripInsideBranch(words, last);
  const suffix = CJK_LEGAL_SUFFIXES.find((s) => last.endsWith(s)) ?? (last.endsWith('公司') ? '公司' : undefined);
  if (!suffix) return undefined;
  const rest = last.slice(0, last.length - suffix.length);
  return rest ? [...words.slice(0, -1), rest] : words.slice(0, -1);
}

/** "星河科技有限公司上海分公司" → "星河科技上海分公司": the parent's legal form inside a branch name goes. */
function stripInsideBranch(words: string[], last: string): string[] | undefined {
  const head = last.slice(0, -'分公司'.length);
  const form = [...CJK_LEGAL_SUFFIXES, '公司'].find((s) => head.includes(s));
  if (!form) return undefined;
  const at = head.indexOf(form);
  return [...words.slice(0, -1), `${head.slice(0, at)}${head.slice(at + form.length)}分公司`];
}

function stripLegalForms(words: string[]): string[] {
  let current = words;
  for (let next = stripOnce(current); next; next = stripOnce(current)) current = next;
  // A name that is nothing but legal forms ("有限公司") keeps them rather than becoming "".
  return current.length > 0 ? current : words;
}

/** The words of a name after one round of normalisation, kept apart: ["acme", "trading"], ["北京星河科技"]. */
export function nameTokens(name: string): string[] {
  return stripLegalForms(tokens(removeBrackets(fold(name))));
}

function normalizeStep(text: string): string {
  return nameTokens(text).join('').normalize('NFKC');
}

/**
 * The key two spellings of one company share: NFKC, case-folded, without white space or punctuation, without
 * legal forms (有限公司, Co., Ltd., GmbH, 株式会社 …) and without bracketed regions ("（中国）", "[上海]").
 * 集团 and 分公司 are kept: they name different debtors. Idempotent: the result is a fixed point of one round.
 */
export function normalizeName(name: string): string {
  return toFixedPoint(name, normalizeStep);
}
