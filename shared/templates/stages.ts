import type { Tier } from '../ledger';
import type { MessageText, ReminderTemplate, TemplateChannel, TemplateLocale, TemplateStage, TemplateTone } from './types';

export interface StageInfo {
  id: TemplateStage;
  tone: TemplateTone;
  /** Days relative to the due date the stage covers (inclusive); absent = not tied to a day. */
  fromDay?: number;
  toDay?: number;
  label: MessageText;
}

export const TEMPLATE_STAGES: readonly StageInfo[] = [
  { id: 'pre-due-7', tone: 'friendly', fromDay: -7, toDay: -2, label: { en: 'Before due (7 days)', zh_CN: '到期前提醒（7天）' } },
  { id: 'pre-due-1', tone: 'friendly', fromDay: -1, toDay: -1, label: { en: 'Before due (1 day)', zh_CN: '到期前提醒（1天）' } },
  { id: 'due-day', tone: 'friendly', fromDay: 0, toDay: 0, label: { en: 'Due today', zh_CN: '到期日提醒' } },
  { id: 'gentle', tone: 'gentle', fromDay: 1, toDay: 15, label: { en: 'Gentle reminder', zh_CN: '温和提醒' } },
  { id: 'firm', tone: 'firm', fromDay: 16, toDay: 45, label: { en: 'Firm reminder', zh_CN: '正式提醒' } },
  { id: 'formal-demand', tone: 'formal', fromDay: 46, label: { en: 'Formal demand', zh_CN: '付款催告函' } },
  { id: 'promise-confirmation', tone: 'friendly', label: { en: 'Promise to pay confirmed', zh_CN: '付款承诺确认' } },
  { id: 'broken-promise', tone: 'firm', label: { en: 'Promise not kept', zh_CN: '承诺未履行' } },
  { id: 'statement', tone: 'friendly', label: { en: 'Statement of account', zh_CN: '对账单' } },
  { id: 'thanks', tone: 'friendly', label: { en: 'Thanks for payment', zh_CN: '收款致谢' } },
];

export function stageInfo(stage: TemplateStage): StageInfo {
  const info = TEMPLATE_STAGES.find((s) => s.id === stage);
  if (!info) throw new RangeError(`unknown stage ${stage}`);
  return info;
}

/**
 * The day-driven stage for days relative to the oldest open due date (negative = before due), or null more
 * than 7 days before it. Promise, statement and thanks are chosen by events, not by days.
 */
export function stageForDay(daysFromDue: number): TemplateStage | null {
  for (const s of TEMPLATE_STAGES) {
    if (s.fromDay === undefined) continue;
    if (daysFromDue >= s.fromDay && (s.toDay === undefined || daysFromDue <= s.toDay)) return s.id;
  }
  return null;
}

/**
 * Templates fitting a stage, channel, locale and tier, tier-specific variants first, then by id.
 * Pass only the latest version of each id (see `latestVersions`).
 */
export function selectTemplates(
  templates: readonly ReminderTemplate[],
  want: { stage: TemplateStage; channel: TemplateChannel; locale: TemplateLocale; tier?: Tier },
): ReminderTemplate[] {
  const tier = want.tier;
  return templates
    .filter((t) => t.stage === want.stage && t.channel === want.channel && t.locale === want.locale)
    .filter((t) => !t.tierTone || (tier !== undefined && t.tierTone.includes(tier)))
    .sort((a, b) => Number(Boolean(b.tierTone)) - Number(Boolean(a.tierTone)) || a.id.localeCompare(b.id));
}
