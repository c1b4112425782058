import * as v from 'valibot';
import type { GenericSiteConfig } from './config';
import { isMessageKey, MESSAGES, type Message, type MessageKey } from './messages';

const HOST = /^(\*|(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)$/;

/** Why a match pattern may not be saved, or null when it is an https pattern naming a domain. */
export function matchPatternProblem(pattern: string): MessageKey | null {
  if (pattern === '<all_urls>' || /^\*:\/\/\*\//.test(pattern)) return 'matchTooBroad';
  if (!pattern.startsWith('https://')) return 'matchNotHttps';
  const m = /^https:\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m || !HOST.test(m[1]!)) return 'matchInvalid';
  const host = m[1]!;
  // "*" and "*.com" name no site; a wildcard must sit above a registrable-looking domain.
  if (host === '*' || (host.startsWith('*.') && !host.slice(2).includes('.'))) return 'matchTooBroad';
  return null;
}

function compiles(source: string, flags = ''): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

const Flags = v.optional(v.pipe(v.string(), v.regex(/^[imsu]*$/, 'flagsInvalid')));
const Group = v.optional(v.pipe(v.number(), v.integer('groupRange'), v.minValue(0, 'groupRange'), v.maxValue(9, 'groupRange')));
const Regex = v.pipe(
  v.string(),
  v.check((s) => compiles(s), 'regexInvalid'),
);
const Selector = v.pipe(v.string(), v.trim(), v.nonEmpty('selectorEmpty'));

const UrlExtractor = v.pipe(
  v.strictObject({
    kind: v.literal('url'),
    regex: Regex,
    group: Group,
    flags: Flags,
    part: v.optional(v.picklist(['href', 'path', 'hash'])),
  }),
  v.forward(
    v.check((x) => compiles(x.regex, x.flags), 'regexInvalid'),
    ['regex'],
  ),
);

const SelectorExtractor = v.strictObject({
  kind: v.literal('selector'),
  selector: Selector,
  attribute: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('selectorEmpty'))),
  regex: v.optional(Regex),
  group: Group,
  flags: Flags,
});

const LabelExtractor = v.strictObject({
  kind: v.literal('label'),
  labels: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('labelsEmpty'))), v.nonEmpty('labelsEmpty')),
  labelSelector: v.optional(Selector),
  valueSelector: v.optional(Selector),
});

const Extractor = v.variant('kind', [UrlExtractor, SelectorExtractor, LabelExtractor]);

const MatchPattern = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = matchPatternProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

const GenericSiteConfigSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'idFormat')),
  label: v.pipe(v.string(), v.trim(), v.nonEmpty('labelEmpty')),
  matches: v.pipe(v.array(MatchPattern), v.nonEmpty('matchesEmpty')),
  recordUrl: v.optional(Regex),
  recordUrlFlags: Flags,
  objectType: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('labelEmpty'))),
  recordId: v.optional(Extractor),
  customerName: Extractor,
  anchor: v.optional(v.strictObject({ selector: Selector, mode: v.picklist(['prepend', 'append', 'before', 'after']) })),
  navigation: v.optional(v.picklist(['pushState', 'hash', 'none'])),
});

export interface ConfigError {
  /** Dot path of the offending field ("matches.0", "customerName.regex"), "" for the whole config. */
  path: string;
  message: Message;
}

export type ParseResult = { ok: true; config: GenericSiteConfig } | { ok: false; errors: ConfigError[] };

function messageOf(issue: v.BaseIssue<unknown>, path: string): Message {
  if (isMessageKey(issue.message)) return MESSAGES[issue.message];
  const where = path === '' ? '' : `${path}: `;
  return {
    en: `${where}expected ${issue.expected ?? 'a valid value'}, got ${issue.received}.`,
    zh_CN: `${where}应为 ${issue.expected ?? '有效的值'}，实际为 ${issue.received}。`,
  };
}

/** Validates a site description from settings or an import. Never throws. */
export function parseGenericSiteConfig(input: unknown): ParseResult {
  const result = v.safeParse(GenericSiteConfigSchema, input);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue) ?? '';
      return { path, message: messageOf(issue, path) };
    }),
  };
}
