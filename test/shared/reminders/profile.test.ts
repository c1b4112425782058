import { EMPTY_PROFILE, normalizeProfile, paymentInstructions, profileProblems } from 'shared/reminders';
import { loadProfile, saveProfile } from 'shared/db/settingsRepo';
import { describe, expect, it } from 'vitest';
import { testDb } from '../db/testDb';
import { PROFILE } from './fixtures';

describe('creditor profile', () => {
  it('names each missing or malformed field', () => {
    const fields = profileProblems(EMPTY_PROFILE).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['company', 'bankAccount', 'contactPhone', 'disputeInstructions', 'userName']));
    expect(profileProblems(PROFILE)).toEqual([]);
    const bad = profileProblems({ ...PROFILE, contactEmail: 'not-mail', contactPhone: 'call me', bankAccount: '12' });
    expect(bad.map((p) => p.field).sort()).toEqual(['bankAccount', 'contactEmail', 'contactPhone']);
    expect(bad[0]?.message.zh_CN).not.toBe('');
  });

  it('normalises stored values and ignores unknown ones', () => {
    const p = normalizeProfile({ company: '  X 公司 ', userRole: 'boss', contactName: 7, extra: 1 });
    expect(p.company).toBe('X 公司');
    expect(p.userRole).toBe('finance');
    expect(p.contactName).toBe('');
    expect(normalizeProfile(null)).toEqual(EMPTY_PROFILE);
  });

  it('writes payment lines in the reminder language', () => {
    expect(paymentInstructions(PROFILE, 'zh_CN')).toContain('账号：571900000000001');
    expect(paymentInstructions(PROFILE, 'en')).toContain('Account: 571900000000001');
    expect(paymentInstructions(EMPTY_PROFILE, 'en')).toBeUndefined();
  });

  it('saves valid profiles as new versions and refuses invalid ones', async () => {
    const db = testDb();
    expect(await loadProfile(db)).toEqual(EMPTY_PROFILE);
    expect(await saveProfile(db, { ...PROFILE, company: '' }, 1)).toMatchObject({ ok: false });
    expect(await saveProfile(db, PROFILE, 2)).toMatchObject({ ok: true, version: 1 });
    expect(await saveProfile(db, { ...PROFILE, userRole: 'legal' }, 3)).toMatchObject({ ok: true, version: 2 });
    expect((await loadProfile(db)).userRole).toBe('legal');
  });
});
