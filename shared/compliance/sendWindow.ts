import { TZDate } from '@date-fns/tz';
import { addDays, type Calendar } from '../dates';
import type { Instant, IsoDate } from '../ledger';
import type { Channel, Finding, SendWindowRule } from './types';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function localDate(z: TZDate): IsoDate {
  const y = String(z.getFullYear()).padStart(4, '0');
  const m = String(z.getMonth() + 1).padStart(2, '0');
  const d = String(z.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The instant of a local wall-clock time on a date in a zone. */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Instant {
  const [y, mo, d] = date.split('-').map(Number);
  return new TZDate(y ?? 1970, (mo ?? 1) - 1, d ?? 1, Math.floor(minutes / 60), minutes % 60, 0, 0, timeZone).getTime();
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function localDateOf(at: Instant, timeZone: string): IsoDate {
  return localDate(new TZDate(at, timeZone));
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Time-of-day window and business days in the recipient's zone. `nextAllowedAt` is the window start of the next
 * allowed day; when the calendar does not know the year it says so instead of guessing.
 */
export function checkSendWindow(
  rule: SendWindowRule,
  channel: Channel,
  at: Instant,
  timeZone: string,
  calendar: Calendar,
): Finding[] {
  if (!rule.params.channels.includes(channel)) return [];
  const start = minutesOf(rule.params.start);
  const end = minutesOf(rule.params.end);
  const z = new TZDate(at, timeZone);
  const date = localDate(z);
  const msOfDay = ((z.getHours() * 60 + z.getMinutes()) * 60 + z.getSeconds()) * 1000 + z.getMilliseconds();
  const beforeStart = msOfDay < start * 60_000;
  const inHours = !beforeStart && msOfDay < end * 60_000;
  const window = `${hhmm(start)}–${hhmm(end)}`;
  const findings: Finding[] = [];

  const unknown = (d: IsoDate): Finding => ({
    ruleId: 'send-window.calendar-unknown',
    severity: 'warn',
    message: {
      en: `The ${calendar.data.region} calendar in this rule pack does not cover ${d.slice(0, 4)}; holidays and make-up workdays cannot be checked. Update the rule pack.`,
      zh_CN: `规则包中的${calendar.data.region}日历不含 ${d.slice(0, 4)} 年，无法判断节假日与调休，请更新规则包。`,
    },
    source: { title: calendar.data.source, basis: rule.source.basis },
  });
  const nextStart = (from: IsoDate): Instant | undefined => {
    if (!rule.params.businessDaysOnly) return zonedInstant(from, start, timeZone);
    const day = calendar.rollToBusinessDay(from);
    return day === null ? undefined : zonedInstant(day, start, timeZone);
  };

  const businessDay = rule.params.businessDaysOnly ? calendar.isBusinessDay(date) : true;
  if (businessDay === null) findings.push(unknown(date));
  if (businessDay === true && inHours) return findings;

  let next: Instant | undefined;
  if (businessDay !== null) {
    next = businessDay && beforeStart ? zonedInstant(date, start, timeZone) : nextStart(addDays(date, 1));
    if (next === undefined) findings.push(unknown(addDays(date, 1)));
  }
  const until = next === undefined ? {} : { nextAllowedAt: next };
  if (businessDay === false) {
    const holiday = calendar.holidayName(date);
    findings.push({
      ruleId: 'send-window.non-business-day',
      severity: rule.severity,
      message: holiday
        ? {
            en: `${date} is a public holiday (${holiday}) in the recipient's zone ${timeZone}.`,
            zh_CN: `${date} 为法定节假日（${holiday}），收件人时区 ${timeZone}。`,
          }
        : {
            en: `${date} is a weekend day in the recipient's zone ${timeZone}.`,
            zh_CN: `${date} 为周末（收件人时区 ${timeZone}）。`,
          },
      source: holiday ? { title: calendar.data.source, basis: rule.source.basis } : rule.source,
      ...until,
    });
  }
  if (!inHours) {
    findings.push({
      ruleId: 'send-window.hours',
      severity: rule.severity,
      message: {
        en: `Outside the send window ${window} in the recipient's zone ${timeZone}.`,
        zh_CN: `不在收件人时区 ${timeZone} 的发送时段 ${window} 内。`,
      },
      source: rule.source,
      ...until,
    });
  }
  return findings;
}
