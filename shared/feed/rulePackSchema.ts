import * as v from 'valibot';
import { type RulePack, validateRulePack } from '../compliance';
import type { ReminderTemplate } from '../templates';
import { validateTemplate } from '../templates/validate';

/**
 * What a company feed delivers inside the signed envelope: a compliance rule pack (rules, calendar, phrase
 * lists, section patterns — checked by shared/compliance `validateRulePack`) plus, optionally, templates.
 */
export interface FeedRulePack extends RulePack {
  templates: ReminderTemplate[];
}

const text = v.pipe(v.string(), v.minLength(1));
const msg = v.object({ en: text, zh_CN: text });

const TemplateSchema = v.object({
  id: text,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  stage: v.picklist([
    'pre-due-7',
    'pre-due-1',
    'due-day',
    'gentle',
    'firm',
    'formal-demand',
    'promise-confirmation',
    'broken-promise',
    'statement',
    'thanks',
  ]),
  channel: v.picklist(['email', 'sms', 'wechat', 'phone', 'letter']),
  locale: v.picklist(['zh_CN', 'en']),
  tierTone: v.optional(v.array(v.picklist(['A', 'B', 'C', 'D']))),
  subject: v.optional(v.string()),
  body: text,
  html: v.optional(v.string()),
  name: v.optional(msg),
  sections: v.optional(v.array(v.picklist(['balance', 'how-to-pay', 'how-to-dispute', 'creditor-contact', 'opt-out']))),
});

const TemplatesSchema = v.optional(v.array(TemplateSchema), []);

/** Dotted non-negative integers ("2026.1.0"): the only version form a feed may use, so "newer" is well defined. */
const VERSION = /^\d{1,9}(?:\.\d{1,9})*$/;

export function isPackVersion(version: string): boolean {
  return VERSION.test(version);
}

/** Compares dotted versions numerically ("2026.10.0" > "2026.9.3"); missing parts count as 0. */
export function comparePackVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export type FeedPackValidation = { ok: true; pack: FeedRulePack } | { ok: false; errors: string[] };

/** Validates the decoded payload; never throws. Templates come out marked `source: 'feed'`. */
export function validateFeedRulePack(input: unknown): FeedPackValidation {
  const rules = validateRulePack(input);
  const errors = rules.ok ? [] : [...rules.errors];
  if (rules.ok && !isPackVersion(rules.pack.version)) errors.push('version: expected dotted numbers such as 2026.1.0');
  const raw = typeof input === 'object' && input !== null ? (input as { templates?: unknown }).templates : undefined;
  const parsed = v.safeParse(TemplatesSchema, raw);
  let templates: ReminderTemplate[] = [];
  if (!parsed.success) {
    for (const issue of parsed.issues) errors.push(`templates.${v.getDotPath(issue) ?? ''}: ${issue.message}`);
  } else {
    templates = parsed.output.map((t) => ({ ...t, source: 'feed' as const }));
    templates.forEach((t, i) => {
      for (const e of validateTemplate(t)) errors.push(`templates.${i} (${t.id}): ${e.message.en}`);
    });
    const ids = templates.map((t) => `${t.id}@${t.version}`);
    if (new Set(ids).size !== ids.length) errors.push('templates: id and version pairs must be unique');
  }
  if (!rules.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, pack: { ...rules.pack, templates } };
}
