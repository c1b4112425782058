import { describe, expect, it } from 'vitest';
import { DEFAULT_DUNNING_PLAN, type DunningStep, dunningPlanProblems, OWNER_LABELS, TONE_LABELS } from 'shared/dunning';

const row = (s: DunningStep) =>
  `${s.offsetDays} ${s.channels.join('/')} ${s.tone} ${s.owner}${s.action ? ` ${s.action}` : ''}`;

describe('DEFAULT_DUNNING_PLAN', () => {
  it('has the A (strategic) steps', () => {
    expect(DEFAULT_DUNNING_PLAN.tiers.A.map(row)).toEqual([
      '-3 email friendly rep',
      '7 email gentle rep',
      '30 phone firm sales-manager',
      '60 letter formal finance-director formal-letter',
    ]);
  });

  it('has the same standard steps for B and C', () => {
    const standard = [
      '-7 email friendly rep',
      '-1 email/sms friendly rep',
      '1 sms gentle rep',
      '7 email gentle rep',
      '15 phone firm sales-manager',
      '30 email firm rep',
      '45 letter formal finance-director formal-letter',
      '60 email formal rep report-to-director',
      '120 email legal legal legal-review',
    ];
    expect(DEFAULT_DUNNING_PLAN.tiers.B.map(row)).toEqual(standard);
    expect(DEFAULT_DUNNING_PLAN.tiers.C.map(row)).toEqual(standard);
  });

  it('has the D (high risk) steps', () => {
    expect(DEFAULT_DUNNING_PLAN.tiers.D.map(row)).toEqual([
      '-7 email friendly rep',
      '-3 email friendly rep',
      '-1 email friendly rep',
      '1 email gentle rep',
      '3 email gentle rep',
      '7 email firm rep',
      '15 phone firm sales-manager',
      '30 letter formal finance-director formal-letter',
      '60 email legal legal legal-review',
    ]);
  });

  it('is a valid plan, and invalid plans are reported', () => {
    expect(dunningPlanProblems(DEFAULT_DUNNING_PLAN)).toEqual([]);
    const bad = {
      ...DEFAULT_DUNNING_PLAN,
      tiers: {
        ...DEFAULT_DUNNING_PLAN.tiers,
        A: [
          { offsetDays: 5, channels: [], tone: 'gentle', owner: 'rep' },
          { offsetDays: 5, channels: ['email'], tone: 'firm', owner: 'rep' },
        ] satisfies DunningStep[],
      },
    };
    expect(dunningPlanProblems(bad)).toEqual(['tier A step 0: no channel', 'tier A step 1: offsets not ascending']);
  });

  it('has labels in both languages', () => {
    for (const m of [...Object.values(TONE_LABELS), ...Object.values(OWNER_LABELS)]) {
      expect(m.en.length).toBeGreaterThan(0);
      expect(m.zh_CN).toMatch(/\p{Script=Han}/u);
    }
  });
});
