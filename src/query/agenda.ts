import { addDays, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { queryCalendar } from './calendar.js';
import { firstDay } from './span.js';
import { localDay } from '../today.js';

export interface AgendaQuery {
  today: string;
  days: number;
  owner?: string;
}

export interface AgendaEntry {
  /** ISO week of the entry's first day within the window, such as 2017-W24. */
  week: string;
  entry: CalendarEntry;
}

/** Entries touching the days from today on, each with the ISO week it falls in (or is running in). */
export function agenda(entries: CalendarEntry[], q: AgendaQuery): AgendaEntry[] {
  const to = localDay(addDays(parseISO(q.today), q.days - 1));
  return queryCalendar(entries, { from: q.today, to, owner: q.owner }).map((entry) => {
    const start = firstDay(entry) < q.today ? q.today : firstDay(entry);
    const day = parseISO(start);
    return { week: `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`, entry };
  });
}
