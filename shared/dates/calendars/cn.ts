import type { CalendarData } from '../calendar';

function range(from: string, to: string, name: string): { date: string; name: string }[] {
  const out: { date: string; name: string }[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), name });
  }
  return out;
}

/** Mainland China 2026, from the 国务院办公厅 notice of 2025-11-04 (see research/compliance.md). */
export const CN_CALENDAR_2026: CalendarData = {
  id: 'cn-statutory',
  region: 'CN',
  years: { from: 2026, to: 2026 },
  weekend: [0, 6],
  holidays: [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明节'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午节'),
    ...range('2026-09-25', '2026-09-27', '中秋节'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
  ],
  workdays: [
    { date: '2026-01-04', name: '元旦调休' },
    { date: '2026-02-14', name: '春节调休' },
    { date: '2026-02-28', name: '春节调休' },
    { date: '2026-05-09', name: '劳动节调休' },
    { date: '2026-09-20', name: '国庆节调休' },
    { date: '2026-10-10', name: '国庆节调休' },
  ],
  source: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
};
