import { CN_PACK, US_PACK, type FrequencyCapRule, type SendWindowRule } from 'shared/compliance';
import {
  DEFAULT_RULE_SETTINGS,
  RULE_SETTINGS_ID,
  applyRuleOverrides,
  loadRuleSettings,
  ruleOverrideProblems,
  saveRuleSettings,
} from 'shared/db/ruleSettingsRepo';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

const windowOf = (pack: typeof CN_PACK) => pack.rules.find((r): r is SendWindowRule => r.kind === 'send-window')!.params;
const capOf = (pack: typeof CN_PACK, id: string) => pack.rules.find((r): r is FrequencyCapRule => r.id === id)!.params.max;

describe('rule overrides', () => {
  it('accept a narrower window and lower caps', () => {
    expect(ruleOverrideProblems({ sendWindow: { start: '09:00', end: '18:00' }, caps: { 'cn.cap.email-week': 2 } }, CN_PACK)).toEqual([]);
    expect(ruleOverrideProblems({ sendWindow: { start: '08:00', end: '21:00' }, caps: { 'cn.cap.email-week': 3 } }, CN_PACK)).toEqual([]);
  });

  it('refuse anything that widens the pack, inverted windows and unknown or non-cap rules', () => {
    const fields = (o: Parameters<typeof ruleOverrideProblems>[0]) => ruleOverrideProblems(o, CN_PACK).map((p) => p.field);
    expect(fields({ sendWindow: { start: '07:59', end: '21:00' } })).toEqual(['sendWindow.start']);
    expect(fields({ sendWindow: { start: '08:00', end: '21:01' } })).toEqual(['sendWindow.end']);
    expect(fields({ sendWindow: { start: '12:00', end: '12:00' } })).toEqual(['sendWindow.end']);
    expect(fields({ sendWindow: { start: '8:00', end: '25:00' } })).toEqual(['sendWindow.start', 'sendWindow.end']);
    expect(fields({ caps: { 'cn.cap.email-week': 4, 'cn.cap.sms-day': -1, 'cn.cap.all-day': 1.5 } })).toEqual([
      'caps.cn.cap.email-week',
      'caps.cn.cap.sms-day',
      'caps.cn.cap.all-day',
    ]);
    expect(fields({ caps: { 'cn.send-window': 1, 'nope': 1 } })).toEqual(['caps.cn.send-window', 'caps.nope']);
  });

  it('apply only what narrows: the result is never less strict than the pack', () => {
    const applied = applyRuleOverrides(CN_PACK, {
      sendWindow: { start: '09:30', end: '18:00' },
      caps: { 'cn.cap.email-week': 1, 'cn.cap.sms-day': 9 },
    });
    expect(windowOf(applied)).toMatchObject({ start: '09:30', end: '18:00', businessDaysOnly: true });
    expect(capOf(applied, 'cn.cap.email-week')).toBe(1);
    expect(capOf(applied, 'cn.cap.sms-day')).toBe(capOf(CN_PACK, 'cn.cap.sms-day'));
    const widened = applyRuleOverrides(CN_PACK, { sendWindow: { start: '06:00', end: '18:00' } });
    expect(windowOf(widened)).toEqual(windowOf(CN_PACK));
    expect(windowOf(CN_PACK).start).toBe('08:00');
  });
});

describe('rule settings repository', () => {
  it('returns the defaults when nothing or garbage is stored', async () => {
    const db = testDb();
    expect(await loadRuleSettings(db)).toEqual(DEFAULT_RULE_SETTINGS);
    await db.documents.put({ id: RULE_SETTINGS_ID, version: 1, updatedAt: 1, value: { profile: 'XX', overrides: 3 } });
    expect(await loadRuleSettings(db)).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it('saves valid settings with a growing version and refuses invalid ones without writing', async () => {
    const db = testDb();
    const good = { profile: 'US' as const, overrides: { US: { sendWindow: { start: '09:00', end: '20:00' } } } };
    expect(await saveRuleSettings(db, good, US_PACK, 10)).toEqual([]);
    expect(await saveRuleSettings(db, good, US_PACK, 11)).toEqual([]);
    expect(await loadRuleSettings(db)).toEqual(good);
    expect((await db.documents.get(RULE_SETTINGS_ID))?.version).toBe(2);
    const bad = { profile: 'US' as const, overrides: { US: { caps: { 'us.cap.phone-week': 8 } } } };
    expect((await saveRuleSettings(db, bad, US_PACK, 12)).map((p) => p.field)).toEqual(['caps.us.cap.phone-week']);
    expect(await saveRuleSettings(db, good, CN_PACK, 13)).toHaveLength(1);
    expect(await loadRuleSettings(db)).toEqual(good);
  });
});
