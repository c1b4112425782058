import { createCalendar, type DayKind } from 'shared/dates';
import type { IsoDate } from 'shared/ledger';
import type { RulePack } from 'shared/compliance';
import { useMemo, useState } from 'preact/hooks';
import { intlLocale } from '../../i18n';
import { type RulesKey, t } from './messages';
import { monthGrid, shiftMonth } from './monthGrid';

const MONDAY_2026 = '2026-01-05';
const KINDS: DayKind[] = ['workday', 'weekend', 'holiday', 'makeup-workday', 'unknown'];

function kindLabel(kind: DayKind): string {
  return t(`kind_${kind}` as RulesKey);
}

function monthName(year: number, month: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

function weekdayNames(): string[] {
  const fmt = new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' });
  const base = Date.parse(`${MONDAY_2026}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, i) => fmt.format(base + i * 86_400_000));
}

/** The pack's business calendar one month at a time: holidays and make-up workdays with their names. */
export function CalendarCard({ pack, today }: { pack: RulePack; today: IsoDate }) {
  const calendar = useMemo(() => createCalendar(pack.calendar), [pack]);
  const [view, setView] = useState(() => ({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }));
  const move = (delta: number) => setView(shiftMonth(view.year, view.month, delta));
  const known = view.year >= pack.calendar.years.from && view.year <= pack.calendar.years.to;
  const title = monthName(view.year, view.month);
  const { from, to } = pack.calendar.years;
  const yearsKnown = from === to ? String(from) : `${from}–${to}`;
  const nameOf = (date: IsoDate) =>
    calendar.holidayName(date) ?? pack.calendar.workdays.find((w) => w.date === date)?.name;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      move(e.key === 'PageUp' ? -1 : 1);
    }
  };

  return (
    <section class="card" aria-labelledby="rules-calendar">
      <h2 id="rules-calendar">{t('calendarHeading')}</h2>
      <p class="muted">{t('calendarSource', { source: pack.calendar.source })}</p>
      {/* PageUp / PageDown switch months from anywhere in the switcher, the buttons do it for everyone. */}
      <fieldset class="month-switcher" aria-label={t('calendarHeading')} onKeyDown={onKey}>
        <button type="button" id="month-prev" onClick={() => move(-1)} aria-label={t('previousMonth')}>
          ‹
        </button>
        <h3 id="month-title" aria-live="polite" data-month={`${view.year}-${String(view.month).padStart(2, '0')}`}>
          {title}
        </h3>
        <button type="button" id="month-next" onClick={() => move(1)} aria-label={t('nextMonth')}>
          ›
        </button>
      </fieldset>
      {known ? null : (
        <p class="calendar-unknown" role="note">
          {t('calendarUnknown', { year: view.year, years: yearsKnown })}
        </p>
      )}
      <table class="month" aria-labelledby="month-title">
        <thead>
          <tr>
            {weekdayNames().map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(view.year, view.month).map((week) => (
            <tr key={week.find((d) => d) ?? ''}>
              {week.map((date, i) => {
                if (!date) return <td key={`pad-${i}`} class="pad" />;
                const kind = calendar.kindOf(date);
                const name = nameOf(date);
                return (
                  <td
                    key={date}
                    class={`day kind-${kind}${date === today ? ' today' : ''}`}
                    data-date={date}
                    data-kind={kind}
                    aria-current={date === today ? 'date' : undefined}
                  >
                    <span class="day-number">{Number(date.slice(8))}</span>
                    <span class="day-name">{name ?? (kind === 'holiday' || kind === 'makeup-workday' ? kindLabel(kind) : '')}</span>
                    <span class="sr-only">{`${kindLabel(kind)}${date === today ? `, ${t('today')}` : ''}`}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="calendar-legend">
        {KINDS.map((k) => (
          <li key={k}>
            <span class={`swatch kind-${k}`} aria-hidden="true" /> {kindLabel(k)}
          </li>
        ))}
      </ul>
    </section>
  );
}
