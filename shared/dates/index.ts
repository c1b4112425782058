export * from './calendar';
export { CN_CALENDAR_2026 } from './calendars/cn';
export * from './isoDate';
