import type { CalendarData } from '../../dates';

/** United States federal holidays 2026 (observed dates; July 4 falls on a Saturday and is observed on July 3). */
export const US_FEDERAL_CALENDAR_2026: CalendarData = {
  id: 'us-federal',
  region: 'US',
  years: { from: 2026, to: 2026 },
  weekend: [0, 6],
  holidays: [
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
    { date: '2026-02-16', name: "Washington's Birthday" },
    { date: '2026-05-25', name: 'Memorial Day' },
    { date: '2026-06-19', name: 'Juneteenth National Independence Day' },
    { date: '2026-07-03', name: 'Independence Day (observed)' },
    { date: '2026-09-07', name: 'Labor Day' },
    { date: '2026-10-12', name: 'Columbus Day' },
    { date: '2026-11-11', name: 'Veterans Day' },
    { date: '2026-11-26', name: 'Thanksgiving Day' },
    { date: '2026-12-25', name: 'Christmas Day' },
  ],
  workdays: [],
  source: '5 U.S.C. 6103 (legal public holidays); OPM federal holiday schedule 2026',
};

/** EU profile: weekends only. National public holidays differ by member state; a company pack adds them. */
export const EU_WEEKEND_CALENDAR_2026: CalendarData = {
  id: 'eu-weekends',
  region: 'EU',
  years: { from: 2026, to: 2026 },
  weekend: [0, 6],
  holidays: [],
  workdays: [],
  source: 'Weekends only; national public holidays are not included',
};
