import * as v from 'valibot';
import { isIsoDate } from '../dates';
import { compilePattern } from './normalize';
import { isValidTimeZone } from './sendWindow';
import { CHANNELS, type RulePack, SECTIONS, TONES, WORDING_FACTS } from './types';

const text = v.pipe(v.string(), v.minLength(1));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'expected a yyyy-MM-dd date'));
const hhmm = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/, 'expected HH:mm'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const msg = v.object({ en: text, zh_CN: text });
const channel = v.picklist(CHANNELS);
const severity = v.picklist(['block', 'warn', 'info']);

function compiles(source: string): boolean {
  try {
    return !compilePattern(source).test('');
  } catch {
    return false;
  }
}
const pattern = v.pipe(text, v.check(compiles, 'not a valid pattern, or it matches empty text'));

const source = v.object({
  title: text,
  article: v.optional(v.string()),
  issuer: v.optional(v.string()),
  url: v.optional(v.string()),
  basis: v.picklist(['law', 'regulation', 'self-regulation', 'best-practice']),
});

const base = { id: text, severity, title: msg, source };

const rule = v.variant('kind', [
  v.object({
    ...base,
    kind: v.literal('send-window'),
    params: v.pipe(
      v.object({ start: hhmm, end: hhmm, businessDaysOnly: v.boolean(), channels: v.array(channel) }),
      v.check((p) => p.start < p.end, 'the window must start before it ends'),
    ),
  }),
  v.object({
    ...base,
    kind: v.literal('frequency-cap'),
    params: v.object({
      channels: v.union([v.literal('all'), v.array(channel)]),
      outcomes: v.optional(v.array(v.picklist(['answered', 'unanswered', 'sent']))),
      max: count,
      windowHours: v.pipe(v.number(), v.minValue(0.001)),
    }),
  }),
  v.object({ ...base, kind: v.literal('contact-permission'), params: v.object({ consentRequired: v.array(channel) }) }),
  v.object({ ...base, kind: v.literal('recipients'), params: v.object({ freemailDomains: v.array(text) }) }),
  v.object({ ...base, kind: v.literal('invoice-state'), params: v.strictObject({}) }),
  v.object({ ...base, kind: v.literal('ledger-freshness'), params: v.object({ maxAgeDays: count }) }),
  v.object({
    ...base,
    kind: v.literal('required-content'),
    params: v.object({
      tones: v.array(v.picklist(TONES)),
      channels: v.array(channel),
      sections: v.array(v.picklist(SECTIONS)),
    }),
  }),
  v.object({
    ...base,
    kind: v.literal('wording'),
    params: v.object({ idNumbers: v.boolean(), bankCards: v.boolean(), phoneNumbers: v.boolean() }),
  }),
]);

const phrase = v.object({
  id: text,
  ruleId: text,
  severity,
  description: v.string(),
  patterns: v.pipe(v.array(pattern), v.minLength(1)),
  message: msg,
  source,
  conditions: v.optional(v.object({ allowedWhen: v.optional(v.array(v.picklist(WORDING_FACTS))) })),
  examples: v.array(v.string()),
});

const dayName = v.object({ date: isoDate, name: v.string() });
const calendar = v.object({
  id: text,
  region: text,
  years: v.pipe(
    v.object({ from: count, to: count }),
    v.check((y) => y.from <= y.to, 'years.from must not exceed years.to'),
  ),
  weekend: v.array(v.pipe(count, v.maxValue(6))),
  holidays: v.array(dayName),
  workdays: v.array(dayName),
  source: text,
});

const sectionPatterns = v.object({
  balance: v.array(pattern),
  'how-to-pay': v.array(pattern),
  'how-to-dispute': v.array(pattern),
  'creditor-contact': v.array(pattern),
  'opt-out': v.array(pattern),
});

export const RulePackSchema = v.pipe(
  v.object({
    id: text,
    version: text,
    profile: v.picklist(['CN', 'US', 'EU']),
    name: msg,
    publishedAt: isoDate,
    defaultTimeZone: v.pipe(text, v.check(isValidTimeZone, 'unknown IANA time zone')),
    calendar,
    rules: v.array(rule),
    phrases: v.array(phrase),
    sectionPatterns,
    sources: v.array(source),
  }),
  v.check((p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length, 'rule ids must be unique'),
  v.check((p) => new Set(p.phrases.map((e) => e.id)).size === p.phrases.length, 'phrase ids must be unique'),
);

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: string[] };

/** Checks a pack received as JSON (e.g. from a company feed). Never throws; errors name the offending path. */
export function validateRulePack(input: unknown): PackValidation {
  const result = v.safeParse(RulePackSchema, input);
  if (result.success) return { ok: true, pack: result.output };
  return {
    ok: false,
    errors: result.issues.map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${i.message}` : i.message;
    }),
  };
}
