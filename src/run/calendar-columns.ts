import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Column } from '../output/columns.js';
import { formatSpan } from '../output/dates.js';
import { formatOwners } from '../query/owners.js';

/**
 * Columns for calendar entries. For people (table) the days read `25–27 Jan`; for machines
 * (tsv, csv) the dates stay ISO, with `YYYY-MM` for an entry known only to the month.
 */
export function entryColumns<T>(get: (row: T) => CalendarEntry, forPeople: boolean): Column<T>[] {
  const dates: Column<T>[] = forPeople
    ? [{ header: 'when', value: (r) => formatSpan(get(r).start, get(r).end) }]
    : [
        { header: 'start', value: (r) => get(r).start },
        { header: 'end', value: (r) => get(r).end ?? get(r).start },
      ];
  return [
    ...dates,
    { header: 'title', value: (r) => get(r).title },
    { header: 'location', value: (r) => get(r).location },
    { header: 'owners', value: (r) => formatOwners(get(r).owners) },
    ...(forPeople
      ? []
      : [
          { header: 'id', value: (r: T) => get(r).id },
          { header: 'organiser', value: (r: T) => get(r).organiser },
          { header: 'note', value: (r: T) => get(r).note },
        ]),
  ];
}
