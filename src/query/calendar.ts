import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Role } from '../model/vocabulary.js';
import { hasOwner } from './owners.js';
import { byDate, overlaps } from './span.js';
import { containsText } from './text.js';

export interface CalendarQuery {
  year?: number;
  /** 1-12, within the year. */
  month?: number;
  from?: string;
  to?: string;
  owner?: string;
  role?: Role;
  /** Title, subtitle, location, organiser, description, the names of linked cities and networks (and notes, when they are shown). */
  search?: string;
  /** Entries linked to any of these cities or networks, by id. */
  partners?: string[];
}

/** What a search may look at besides the entry itself. */
export interface SearchContext {
  /** Every name (and other name) of each city and network, by id. */
  names?: Map<string, string[]>;
  /** Whether notes are searched too (they are shown only with --notes). */
  notes?: boolean;
}

/** The entries that touch the asked period and match every other filter, in date order. */
export function queryCalendar(entries: CalendarEntry[], q: CalendarQuery, context: SearchContext = {}): CalendarEntry[] {
  const [from, to] = period(q);
  return entries
    .filter(
      (e) =>
        overlaps(e, from, to) &&
        (q.owner === undefined && q.role === undefined ? true : hasOwner(e, q.owner, q.role)) &&
        (q.partners === undefined || linked(e).some((id) => q.partners!.includes(id))) &&
        (q.search === undefined || containsText(searchable(e, context), q.search)),
    )
    .sort(byDate);
}

function linked(e: CalendarEntry): string[] {
  return [...(e.cities ?? []), ...(e.networks ?? [])];
}

function searchable(e: CalendarEntry, context: SearchContext): (string | undefined)[] {
  const partnerNames = linked(e).flatMap((id) => context.names?.get(id) ?? []);
  return [e.title, e.subtitle, e.location, e.organiser, e.description, context.notes ? e.note : undefined, ...partnerNames];
}

/** The inclusive date range the query asks for; year, month, --from and --to all narrow it. */
export function period(q: CalendarQuery): [string, string] {
  let from = '0000-01-01';
  let to = '9999-12-31';
  if (q.year !== undefined) {
    const month = q.month === undefined ? undefined : String(q.month).padStart(2, '0');
    from = month ? `${q.year}-${month}-01` : `${q.year}-01-01`;
    to = month ? `${q.year}-${month}-31` : `${q.year}-12-31`;
  }
  if (q.from !== undefined && q.from > from) from = q.from;
  if (q.to !== undefined && q.to < to) to = q.to;
  return [from, to];
}

/** The years the data covers, for saying why a result is empty. */
export function yearsCovered(entries: CalendarEntry[]): number[] {
  return [...new Set(entries.map((e) => Number(e.start.slice(0, 4))))].sort((a, b) => a - b);
}
