import type { ConfigError, Extractor, GenericSiteConfig } from 'connectors/generic';

/**
 * The site editor's form state: every input as the text the user typed. `configFromDraft` turns it into the raw
 * object `parseGenericSiteConfig` judges, so all validation (and its messages) stays in the connector.
 */
export type ExtractorKind = 'none' | 'url' | 'selector' | 'label';

export interface ExtractorDraft {
  kind: ExtractorKind;
  /** url: the regex; selector: the optional narrowing regex. */
  regex: string;
  group: string;
  flags: string;
  part: 'href' | 'path' | 'hash';
  selector: string;
  attribute: string;
  /** label: one label text per line. */
  labels: string;
  labelSelector: string;
  valueSelector: string;
}

export interface SiteDraft {
  id: string;
  label: string;
  /** One match pattern per line. */
  matches: string;
  recordUrl: string;
  recordUrlFlags: string;
  objectType: string;
  navigation: 'pushState' | 'hash' | 'none';
  recordId: ExtractorDraft;
  customerName: ExtractorDraft;
  /** 'floating' = no anchor: the badge pins itself to the viewport. */
  anchorMode: 'floating' | 'prepend' | 'append' | 'before' | 'after';
  anchorSelector: string;
}

export function emptyExtractor(kind: ExtractorKind): ExtractorDraft {
  return { kind, regex: '', group: '', flags: '', part: 'href', selector: '', attribute: '', labels: '', labelSelector: '', valueSelector: '' };
}

export function emptyDraft(): SiteDraft {
  return {
    id: '',
    label: '',
    matches: '',
    recordUrl: '',
    recordUrlFlags: '',
    objectType: '',
    navigation: 'pushState',
    recordId: emptyExtractor('none'),
    customerName: emptyExtractor('selector'),
    anchorMode: 'floating',
    anchorSelector: '',
  };
}

function extractorDraft(x: Extractor | undefined): ExtractorDraft {
  if (!x) return emptyExtractor('none');
  const base = emptyExtractor(x.kind);
  switch (x.kind) {
    case 'url':
      return { ...base, regex: x.regex, group: x.group?.toString() ?? '', flags: x.flags ?? '', part: x.part ?? 'href' };
    case 'selector':
      return { ...base, selector: x.selector, attribute: x.attribute ?? '', regex: x.regex ?? '', group: x.group?.toString() ?? '', flags: x.flags ?? '' };
    case 'label':
      return { ...base, labels: x.labels.join('\n'), labelSelector: x.labelSelector ?? '', valueSelector: x.valueSelector ?? '' };
  }
}

export function draftFromConfig(c: GenericSiteConfig): SiteDraft {
  return {
    id: c.id,
    label: c.label,
    matches: c.matches.join('\n'),
    recordUrl: c.recordUrl ?? '',
    recordUrlFlags: c.recordUrlFlags ?? '',
    objectType: c.objectType ?? '',
    navigation: c.navigation ?? 'pushState',
    recordId: extractorDraft(c.recordId),
    customerName: extractorDraft(c.customerName),
    anchorMode: c.anchor?.mode ?? 'floating',
    anchorSelector: c.anchor?.selector ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Only fields the user filled are present; a group that is not a number stays text so the schema names it. */
function rawExtractor(d: ExtractorDraft): Record<string, unknown> | undefined {
  const optional = (key: string, value: string) => (value.trim() === '' ? {} : { [key]: value.trim() });
  const group = d.group.trim() === '' ? {} : { group: /^\d+$/.test(d.group.trim()) ? Number(d.group.trim()) : d.group };
  switch (d.kind) {
    case 'none':
      return undefined;
    case 'url':
      return { kind: 'url', regex: d.regex, ...group, ...optional('flags', d.flags), ...(d.part === 'href' ? {} : { part: d.part }) };
    case 'selector':
      return {
        kind: 'selector',
        selector: d.selector,
        ...optional('attribute', d.attribute),
        ...optional('regex', d.regex),
        ...group,
        ...optional('flags', d.flags),
      };
    case 'label':
      return { kind: 'label', labels: lines(d.labels), ...optional('labelSelector', d.labelSelector), ...optional('valueSelector', d.valueSelector) };
  }
}

export function configFromDraft(d: SiteDraft): Record<string, unknown> {
  const raw: Record<string, unknown> = { id: d.id.trim(), label: d.label, matches: lines(d.matches) };
  if (d.recordUrl.trim() !== '') raw.recordUrl = d.recordUrl.trim();
  if (d.recordUrlFlags.trim() !== '') raw.recordUrlFlags = d.recordUrlFlags.trim();
  if (d.objectType.trim() !== '') raw.objectType = d.objectType.trim();
  if (d.navigation !== 'pushState') raw.navigation = d.navigation;
  const recordId = rawExtractor(d.recordId);
  if (recordId) raw.recordId = recordId;
  // "none" is not offered for the name; an empty selector extractor lets the schema say what is missing.
  raw.customerName = rawExtractor(d.customerName) ?? { kind: 'selector', selector: '' };
  if (d.anchorMode !== 'floating') raw.anchor = { selector: d.anchorSelector, mode: d.anchorMode };
  return raw;
}

/** A slug for the id from the site's name, for users who leave the id empty. */
export function slugFrom(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : '';
}

/**
 * Where each validation error is shown: its path cut to the field the form has an input for
 * ("matches.2" → "matches", "customerName.regex" → "customerName.regex"); errors of a whole extractor or of the
 * whole config go to the extractor's or the form's own message area.
 */
export const FIELD_PATHS = [
  'id',
  'label',
  'matches',
  'recordUrl',
  'recordUrlFlags',
  'objectType',
  'navigation',
  'anchor.selector',
  'anchor.mode',
  ...['recordId', 'customerName'].flatMap((x) =>
    ['kind', 'regex', 'group', 'flags', 'part', 'selector', 'attribute', 'labels', 'labelSelector', 'valueSelector'].map((f) => `${x}.${f}`),
  ),
  'recordId',
  'customerName',
  'anchor',
] as const;

export type FieldPath = (typeof FIELD_PATHS)[number] | '';

export function fieldOf(path: string): FieldPath {
  const known = FIELD_PATHS as readonly string[];
  let p = path;
  while (p !== '') {
    if (known.includes(p)) return p as FieldPath;
    p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
  }
  return '';
}

export function errorsByField(errors: readonly ConfigError[]): Map<FieldPath, ConfigError[]> {
  const map = new Map<FieldPath, ConfigError[]>();
  for (const e of errors) {
    const field = fieldOf(e.path);
    map.set(field, [...(map.get(field) ?? []), e]);
  }
  return map;
}
