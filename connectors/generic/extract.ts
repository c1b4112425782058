import { cleanText } from '../dom';
import type { CrmIdentity } from '../types';
import type { Extractor } from './config';
import { searchByLabel, shownValue } from './labelSearch';
import type { MessageKey } from './messages';
import { isRendered } from '../dom';

export type Confidence = CrmIdentity['confidence'];

/** What one extractor found on a page, or why it found nothing. `el` is the element the value came from. */
export type Extraction = { ok: true; value: string; confidence: Confidence; el?: Element } | { ok: false; reason: MessageKey };

export function safeRegExp(source: string, flags = ''): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** Group `group` (default 1) of `source` matched in `text`; `noMatch` says what a miss means to the user. */
export function applyRegex(
  text: string,
  source: string,
  flags: string | undefined,
  group: number | undefined,
  noMatch: MessageKey = 'urlNoMatch',
): Extraction {
  const re = safeRegExp(source, flags);
  if (!re) return { ok: false, reason: 'regexInvalid' };
  const m = re.exec(text);
  if (!m) return { ok: false, reason: noMatch };
  const value = cleanText(m[group ?? 1]);
  return value ? { ok: true, value, confidence: 'url' } : { ok: false, reason: 'groupMissing' };
}

export function urlPart(url: URL, part: 'href' | 'path' | 'hash' | undefined): string {
  if (part === 'path') return url.pathname;
  if (part === 'hash') return url.hash;
  return url.href;
}

function fromSelector(doc: Document, x: Extractor & { kind: 'selector' }): Extraction {
  let all: Element[];
  try {
    all = Array.from(doc.querySelectorAll(x.selector));
  } catch {
    return { ok: false, reason: 'selectorInvalid' };
  }
  if (all.length === 0) return { ok: false, reason: 'noElement' };
  // Metadata in <head> (title, meta[content]) is never rendered yet is meant to be read.
  const el = all.find((e) => e.closest('head') !== null || isRendered(e));
  if (!el) return { ok: false, reason: 'elementHidden' };
  const raw = x.attribute ? el.getAttribute(x.attribute) : (shownValue(el) ?? null);
  if (raw === null) return { ok: false, reason: 'attributeMissing' };
  const text = cleanText(raw);
  if (!text) return { ok: false, reason: 'emptyValue' };
  if (!x.regex) return { ok: true, value: text, confidence: 'dom', el };
  const narrowed = applyRegex(text, x.regex, x.flags, x.group, 'regexNoMatch');
  return narrowed.ok ? { ...narrowed, confidence: 'dom', el } : narrowed;
}

/** Runs one extractor. Never throws. */
export function runExtractor(x: Extractor, doc: Document, url: URL): Extraction {
  if (x.kind === 'url') {
    const r = applyRegex(urlPart(url, x.part), x.regex, x.flags, x.group);
    if (!r.ok) return r;
    // Ids in addresses are often percent-encoded (Chinese names, spaces).
    try {
      return { ...r, value: decodeURIComponent(r.value) };
    } catch {
      return r;
    }
  }
  if (x.kind === 'selector') return fromSelector(doc, x);
  const hit = searchByLabel(doc, x.labels, x.labelSelector, x.valueSelector);
  if (hit.found === 'nothing') return { ok: false, reason: 'labelNotFound' };
  if (hit.found === 'label-only') return { ok: false, reason: 'valueNotFound' };
  const value = shownValue(hit.el);
  return value ? { ok: true, value, confidence: 'heuristic', el: hit.el } : { ok: false, reason: 'valueNotFound' };
}
