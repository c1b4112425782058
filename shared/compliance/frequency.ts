import type { Instant } from '../ledger';
import type { Channel, Finding, FrequencyCapRule, HistoryEntry } from './types';

const HOUR_MS = 3_600_000;

function windowText(hours: number): { en: string; zh_CN: string } {
  if (hours % 24 === 0) {
    const days = hours / 24;
    return days === 1 ? { en: '24 hours', zh_CN: '24 小时' } : { en: `${days} days`, zh_CN: `${days} 天` };
  }
  return { en: `${hours} hours`, zh_CN: `${hours} 小时` };
}

/**
 * A rolling-window cap over the customer's whole reminder history (every colleague, every channel counted by the
 * rule). An entry exactly one window old has left the window. Blocked at `max`, free again when the oldest
 * counted entry leaves.
 */
export function checkFrequencyCap(rule: FrequencyCapRule, channel: Channel, at: Instant, history: readonly HistoryEntry[]): Finding[] {
  const { channels, outcomes, max, windowHours } = rule.params;
  if (channels !== 'all' && !channels.includes(channel)) return [];
  const windowMs = windowHours * HOUR_MS;
  const counted = history
    .filter(
      (h) =>
        h.at > at - windowMs &&
        h.at <= at &&
        (channels === 'all' || channels.includes(h.channel)) &&
        (!outcomes || outcomes.includes(h.outcome ?? 'sent')),
    )
    .map((h) => h.at)
    .sort((a, b) => a - b);
  if (counted.length < max) return [];
  // The window frees a slot when enough of the oldest entries have aged out to leave max - 1 inside.
  const freeing = counted[counted.length - max];
  const span = windowText(windowHours);
  const scope =
    channels === 'all' ? { en: 'all channels', zh_CN: '所有渠道' } : { en: channels.join(', '), zh_CN: channels.join('、') };
  const what = outcomes ? ` (${outcomes.join('/')})` : '';
  return [
    {
      ruleId: rule.id,
      severity: rule.severity,
      message: {
        en: `Frequency cap reached: ${counted.length} of at most ${max} reminders${what} on ${scope.en} within ${span.en}.`,
        zh_CN: `已达频次上限：${span.zh_CN}内${scope.zh_CN}已有 ${counted.length} 次${what}，上限 ${max} 次。`,
      },
      source: rule.source,
      ...(freeing === undefined ? {} : { nextAllowedAt: freeing + windowMs }),
    },
  ];
}
