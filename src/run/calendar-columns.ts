import { t } from '../i18n/index.js';
import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Column } from '../output/columns.js';
import { formatWhen } from '../output/dates.js';
import { ownersForPeople } from '../output/owners.js';

/** Columns for calendar entries in tsv and csv: ISO dates, with `YYYY-MM` for an entry known only to the month. */
export function entryColumns<T>(get: (row: T) => CalendarEntry): Column<T>[] {
  return [
    { header: 'start', value: (r) => get(r).start },
    { header: 'end', value: (r) => get(r).end ?? get(r).start },
    { header: 'time', value: (r) => get(r).time },
    { header: 'title', value: (r) => get(r).title },
    { header: 'location', value: (r) => get(r).location },
    { header: 'owners', value: (r) => ownersForPeople(get(r).owners) },
    { header: 'id', value: (r) => get(r).id },
    { header: 'organiser', value: (r) => get(r).organiser },
    { header: 'note', value: (r) => get(r).note },
  ];
}

/** Columns for people: days as `25–27 Jan`, each owner once with all roles, notes as footnotes. */
export function entryTableColumns<T>(get: (row: T) => CalendarEntry): Column<T>[] {
  return [
    { header: t().headings.id, value: (r) => get(r).id, wide: true },
    { header: t().headings.when, value: (r) => formatWhen(get(r)), nowrap: true },
    { header: t().headings.title, value: (r) => get(r).title, note: (r) => [get(r).note, get(r).url].filter(Boolean).join(' ') || undefined },
    { header: t().headings.location, value: (r) => get(r).location },
    { header: t().headings.owners, value: (r) => ownersForPeople(get(r).owners), names: true },
  ];
}
