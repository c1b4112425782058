import * as v from 'valibot';
import type { Msg, Profile, Rule, RulePack } from '../compliance';
import type { ArLensDb } from './schema';

/** The user's narrowing of one pack: a shorter send window, lower caps. Nothing here can widen a pack. */
export interface RuleOverrides {
  sendWindow?: { start: string; end: string };
  /** Frequency-cap rule id → the lower maximum. */
  caps?: Record<string, number>;
}

export interface RuleSettings {
  profile: Profile;
  /** Per profile, so switching profile does not carry one pack's numbers into another. */
  overrides: Partial<Record<Profile, RuleOverrides>>;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { profile: 'CN', overrides: {} };
export const RULE_SETTINGS_ID = 'rule-settings';

export interface RuleSettingsProblem {
  /** 'sendWindow.start', 'sendWindow.end' or 'caps.<rule id>'. */
  field: string;
  message: Msg;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const profile = v.picklist(['CN', 'US', 'EU']);
const overridesSchema = v.object({
  sendWindow: v.optional(v.object({ start: v.pipe(v.string(), v.regex(HHMM)), end: v.pipe(v.string(), v.regex(HHMM)) })),
  caps: v.optional(v.record(v.pipe(v.string(), v.maxLength(100)), v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
const settingsSchema = v.object({
  profile,
  overrides: v.object({
    CN: v.optional(overridesSchema),
    US: v.optional(overridesSchema),
    EU: v.optional(overridesSchema),
  }),
});

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function sendWindowRule(pack: RulePack) {
  return pack.rules.find((r): r is Extract<Rule, { kind: 'send-window' }> => r.kind === 'send-window');
}

/** What is wrong with overrides for `pack` (empty when they may be saved): they may only narrow the pack. */
export function ruleOverrideProblems(overrides: RuleOverrides, pack: RulePack): RuleSettingsProblem[] {
  const problems: RuleSettingsProblem[] = [];
  const win = overrides.sendWindow;
  const packWin = sendWindowRule(pack)?.params;
  if (win) {
    if (!packWin) problems.push({ field: 'sendWindow.start', message: { en: 'This pack has no send window to adjust.', zh_CN: '此规则包没有可调整的发送时段。' } });
    else {
      if (!HHMM.test(win.start) || minutes(win.start) < minutes(packWin.start))
        problems.push({ field: 'sendWindow.start', message: { en: `The window may not start before ${packWin.start}.`, zh_CN: `发送时段不得早于 ${packWin.start} 开始。` } });
      if (!HHMM.test(win.end) || minutes(win.end) > minutes(packWin.end))
        problems.push({ field: 'sendWindow.end', message: { en: `The window may not end after ${packWin.end}.`, zh_CN: `发送时段不得晚于 ${packWin.end} 结束。` } });
      if (HHMM.test(win.start) && HHMM.test(win.end) && minutes(win.start) >= minutes(win.end))
        problems.push({ field: 'sendWindow.end', message: { en: 'The window must end after it starts.', zh_CN: '结束时间必须晚于开始时间。' } });
    }
  }
  for (const [id, max] of Object.entries(overrides.caps ?? {})) {
    const rule = pack.rules.find((r) => r.id === id);
    if (rule?.kind !== 'frequency-cap') {
      problems.push({ field: `caps.${id}`, message: { en: `No frequency cap "${id}" in this pack.`, zh_CN: `此规则包中没有频次上限"${id}"。` } });
    } else if (!Number.isInteger(max) || max < 0 || max > rule.params.max) {
      problems.push({ field: `caps.${id}`, message: { en: `Enter a whole number from 0 to ${rule.params.max}.`, zh_CN: `请输入 0 到 ${rule.params.max} 之间的整数。` } });
    }
  }
  return problems;
}

/**
 * The pack with the user's overrides applied; overrides that would widen it (or that no longer fit a newer pack)
 * are ignored, so the result is never less strict than `pack`.
 */
export function applyRuleOverrides(pack: RulePack, overrides: RuleOverrides | undefined): RulePack {
  if (!overrides) return pack;
  const bad = new Set(ruleOverrideProblems(overrides, pack).map((p) => (p.field.startsWith('caps.') ? p.field : 'sendWindow')));
  const rules = pack.rules.map((rule): Rule => {
    if (rule.kind === 'send-window' && overrides.sendWindow && !bad.has('sendWindow')) {
      return { ...rule, params: { ...rule.params, ...overrides.sendWindow } };
    }
    const max = overrides.caps?.[rule.id];
    if (rule.kind === 'frequency-cap' && max !== undefined && !bad.has(`caps.${rule.id}`)) {
      return { ...rule, params: { ...rule.params, max } };
    }
    return rule;
  });
  return { ...pack, rules };
}

/** The stored settings, or the defaults when nothing (or nothing readable) is stored. */
export async function loadRuleSettings(db: ArLensDb): Promise<RuleSettings> {
  const row = await db.documents.get(RULE_SETTINGS_ID);
  const parsed = v.safeParse(settingsSchema, row?.value);
  if (!parsed.success) return DEFAULT_RULE_SETTINGS;
  const overrides: RuleSettings['overrides'] = {};
  for (const p of ['CN', 'US', 'EU'] as const) {
    const o = parsed.output.overrides[p];
    if (o) overrides[p] = stripUndefined(o);
  }
  return { profile: parsed.output.profile, overrides };
}

function stripUndefined(o: { sendWindow?: { start: string; end: string } | undefined; caps?: Record<string, number> | undefined }): RuleOverrides {
  return { ...(o.sendWindow ? { sendWindow: o.sendWindow } : {}), ...(o.caps ? { caps: o.caps } : {}) };
}

/**
 * Saves the settings when the overrides of the chosen profile fit `pack` (the active pack of that profile);
 * otherwise saves nothing and returns the problems.
 */
export async function saveRuleSettings(
  db: ArLensDb,
  settings: RuleSettings,
  pack: RulePack,
  now: number,
): Promise<RuleSettingsProblem[]> {
  if (pack.profile !== settings.profile) {
    return [{ field: 'profile', message: { en: 'The pack does not belong to the chosen profile.', zh_CN: '规则包与所选地区不一致。' } }];
  }
  const problems = ruleOverrideProblems(settings.overrides[settings.profile] ?? {}, pack);
  if (problems.length > 0) return problems;
  await db.transaction('rw', db.documents, async () => {
    const previous = await db.documents.get(RULE_SETTINGS_ID);
    await db.documents.put({ id: RULE_SETTINGS_ID, version: (previous?.version ?? 0) + 1, updatedAt: now, value: settings });
  });
  return [];
}
