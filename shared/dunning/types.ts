import type { Tier } from '../ledger';

export type Channel = 'email' | 'sms' | 'wechat' | 'phone' | 'letter';
export type Tone = 'friendly' | 'gentle' | 'firm' | 'formal' | 'legal';
export type StepOwner = 'rep' | 'sales-manager' | 'finance-director' | 'director' | 'legal';
export type StepAction = 'report-to-director' | 'legal-review' | 'formal-letter';

export interface DunningStep {
  /** Days relative to the due date: negative before it, positive after. */
  offsetDays: number;
  /** Channels to use; more than one means "any of these". */
  channels: Channel[];
  tone: Tone;
  owner: StepOwner;
  action?: StepAction;
}

/** A dunning plan is data: a rule pack may replace it. Steps per tier, in ascending `offsetDays`. */
export interface DunningPlan {
  id: string;
  version: string;
  tiers: Record<Tier, DunningStep[]>;
}
