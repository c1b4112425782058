/** The shape of a user-described site (plain JSON, stored in settings, validated by `parseGenericSiteConfig`). */

/** Reads a value from the page address (`href` by default, or just the path or the hash) with a regex group. */
export interface UrlExtractor {
  kind: 'url';
  regex: string;
  /** Capture group holding the value; default 1. */
  group?: number;
  flags?: string;
  part?: 'href' | 'path' | 'hash';
}

/** Reads the text (or an attribute) of the first visible element matching a selector, optionally narrowed by a regex. */
export interface SelectorExtractor {
  kind: 'selector';
  selector: string;
  attribute?: string;
  regex?: string;
  group?: number;
  flags?: string;
}

/**
 * Reads the value shown beside a label ("客户名称"). With `labelSelector`/`valueSelector` the value is the
 * `valueSelector` element inside the label's container; without them, the nearest visible element after the label
 * text (an input's value counts). Weak by nature: identities from labels carry confidence 'heuristic'.
 */
export interface LabelExtractor {
  kind: 'label';
  labels: string[];
  labelSelector?: string;
  valueSelector?: string;
}

export type Extractor = UrlExtractor | SelectorExtractor | LabelExtractor;

export type AnchorMode = 'prepend' | 'append' | 'before' | 'after';

export interface GenericSiteConfig {
  /** Slug; the connector id and identity `system` are `generic:{id}`. */
  id: string;
  label: string;
  /** https match patterns; requested as optional host permissions when the site is saved. */
  matches: string[];
  /** Regex over the address that marks record pages. Without it, a `url` record-id extractor's regex decides,
   *  and without that every matched page may hold a record. */
  recordUrl?: string;
  recordUrlFlags?: string;
  /** The site's object type to report ("BD_Customer"). */
  objectType?: string;
  recordId?: Extractor;
  customerName: Extractor;
  anchor?: { selector: string; mode: AnchorMode };
  navigation?: 'pushState' | 'hash' | 'none';
}
