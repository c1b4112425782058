import { CN_CALENDAR_2026 } from 'shared/dates';
import { BUILTIN_PACKS, CN_PACK, EU_PACK, packFor, type RulePack, US_PACK, validateRulePack } from 'shared/compliance';
import { describe, expect, it } from 'vitest';
import { at, draft, evaluate, ruleIds } from './helpers';

const asJson = (pack: RulePack): unknown => JSON.parse(JSON.stringify(pack));
const BASES = ['law', 'regulation', 'self-regulation', 'best-practice'];

describe('built-in packs', () => {
  it('are keyed by profile and returned by packFor', () => {
    expect(packFor('CN')).toBe(CN_PACK);
    expect(packFor('US')).toBe(US_PACK);
    expect(packFor('EU')).toBe(EU_PACK);
    expect(Object.keys(BUILTIN_PACKS).sort()).toEqual(['CN', 'EU', 'US']);
  });

  it('the CN pack embeds the 2026 holiday and make-up workday calendar as data', () => {
    expect(CN_PACK.calendar).toEqual(CN_CALENDAR_2026);
    expect(CN_PACK.calendar.workdays.map((w) => w.date)).toContain('2026-10-10');
  });

  it.each(Object.values(BUILTIN_PACKS).map((p) => [p.profile, p] as const))(
    '%s: every rule and phrase entry carries a source with a basis',
    (_profile, pack) => {
      for (const s of [...pack.rules.map((r) => r.source), ...pack.phrases.map((p) => p.source), ...pack.sources]) {
        expect(s.title.length).toBeGreaterThan(0);
        expect(BASES).toContain(s.basis);
      }
      expect(new Set(pack.rules.map((r) => r.kind))).toEqual(
        new Set(['send-window', 'frequency-cap', 'contact-permission', 'recipients', 'invoice-state', 'ledger-freshness', 'required-content', 'wording']),
      );
    },
  );

  it.each(Object.values(BUILTIN_PACKS).map((p) => [p.profile, p] as const))(
    '%s survives a JSON round trip through validateRulePack unchanged',
    (_profile, pack) => {
      const result = validateRulePack(asJson(pack));
      expect(result.ok ? result.pack : result.errors).toEqual(pack);
    },
  );
});

describe('validateRulePack', () => {
  const broken = (mutate: (p: Record<string, unknown>) => void): string[] => {
    const json = asJson(CN_PACK) as Record<string, unknown>;
    mutate(json);
    const result = validateRulePack(json);
    return result.ok ? [] : result.errors;
  };
  const rules = (p: Record<string, unknown>) => p.rules as Record<string, unknown>[];
  const phrases = (p: Record<string, unknown>) => p.phrases as Record<string, unknown>[];

  it('rejects what is not a pack, without throwing', () => {
    for (const input of [null, 42, 'pack', [], {}]) expect(validateRulePack(input).ok).toBe(false);
  });

  it('names the path of each problem', () => {
    expect(broken((p) => delete p.version)).toEqual([expect.stringContaining('version')]);
    expect(broken((p) => (p.defaultTimeZone = 'Mars/Olympus'))).toEqual([expect.stringContaining('unknown IANA time zone')]);
    expect(broken((p) => ((phrases(p)[0] as { patterns: string[] }).patterns = ['(unclosed'])).join()).toContain('phrases.0.patterns.0');
    expect(broken((p) => ((phrases(p)[0] as { patterns: string[] }).patterns = ['a*'])).join()).toContain('matches empty text');
    expect(broken((p) => ((p.calendar as { holidays: unknown[] }).holidays = [{ date: '2026-02-30', name: 'x' }])).join()).toContain(
      'calendar.holidays.0.date',
    );
    expect(broken((p) => rules(p).push({ ...rules(p)[0] })).join()).toContain('rule ids must be unique');
    expect(broken((p) => (rules(p)[0] = { ...rules(p)[0], kind: 'astrology' })).length).toBeGreaterThan(0);
    expect(broken((p) => ((rules(p)[0] as { params: { start: string } }).params.start = '22:00')).join()).toContain('start before');
    expect(broken((p) => ((phrases(p)[0] as { conditions: unknown }).conditions = { allowedWhen: ['moonIsFull'] })).length).toBeGreaterThan(0);
  });

  it('a newer pack from a feed replaces the built-in one', () => {
    const json = asJson(CN_PACK) as RulePack;
    const window = json.rules.find((r) => r.kind === 'send-window');
    if (window?.kind !== 'send-window') throw new Error('CN pack has no send window');
    window.params.end = '20:00';
    json.version = '2027.1.0';
    json.calendar = { ...json.calendar, years: { from: 2026, to: 2027 } };
    const result = validateRulePack(json);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const late = draft({ at: at('2026-03-10 20:30', 'Asia/Shanghai') });
    expect(evaluate(late, [], CN_PACK).decision).toBe('allow');
    expect(ruleIds(evaluate(late, [], result.pack).findings)).toEqual(['send-window.hours']);
  });
});
