import type { DunningPlan, DunningStep } from './types';

// Where the brief names no owner the owner is the rep, no channel means e-mail. Legal review is owned by
// legal in every tier (B/C name it so; D is read the same way).
const standard: DunningStep[] = [
  { offsetDays: -7, channels: ['email'], tone: 'friendly', owner: 'rep' },
  { offsetDays: -1, channels: ['email', 'sms'], tone: 'friendly', owner: 'rep' },
  { offsetDays: 1, channels: ['sms'], tone: 'gentle', owner: 'rep' },
  { offsetDays: 7, channels: ['email'], tone: 'gentle', owner: 'rep' },
  { offsetDays: 15, channels: ['phone'], tone: 'firm', owner: 'sales-manager' },
  { offsetDays: 30, channels: ['email'], tone: 'firm', owner: 'rep' },
  { offsetDays: 45, channels: ['letter'], tone: 'formal', owner: 'finance-director', action: 'formal-letter' },
  { offsetDays: 60, channels: ['email'], tone: 'formal', owner: 'rep', action: 'report-to-director' },
  { offsetDays: 120, channels: ['email'], tone: 'legal', owner: 'legal', action: 'legal-review' },
];

/** The built-in plan, used until a rule pack supplies another. */
export const DEFAULT_DUNNING_PLAN: DunningPlan = {
  id: 'builtin-default',
  version: '1',
  tiers: {
    A: [
      { offsetDays: -3, channels: ['email'], tone: 'friendly', owner: 'rep' },
      { offsetDays: 7, channels: ['email'], tone: 'gentle', owner: 'rep' },
      { offsetDays: 30, channels: ['phone'], tone: 'firm', owner: 'sales-manager' },
      { offsetDays: 60, channels: ['letter'], tone: 'formal', owner: 'finance-director', action: 'formal-letter' },
    ],
    B: standard,
    C: standard,
    D: [
      { offsetDays: -7, channels: ['email'], tone: 'friendly', owner: 'rep' },
      { offsetDays: -3, channels: ['email'], tone: 'friendly', owner: 'rep' },
      { offsetDays: -1, channels: ['email'], tone: 'friendly', owner: 'rep' },
      { offsetDays: 1, channels: ['email'], tone: 'gentle', owner: 'rep' },
      { offsetDays: 3, channels: ['email'], tone: 'gentle', owner: 'rep' },
      { offsetDays: 7, channels: ['email'], tone: 'firm', owner: 'rep' },
      { offsetDays: 15, channels: ['phone'], tone: 'firm', owner: 'sales-manager' },
      { offsetDays: 30, channels: ['letter'], tone: 'formal', owner: 'finance-director', action: 'formal-letter' },
      { offsetDays: 60, channels: ['email'], tone: 'legal', owner: 'legal', action: 'legal-review' },
    ],
  },
};
