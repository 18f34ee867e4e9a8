import type { CalendarEntry } from '../model/calendar-entry.js';
import { isMonthOnly } from '../model/dates.js';
import { fold } from '../query/text.js';

export interface FeedSpec {
  file: string;
  /** The calendar's name, and the link's text. */
  label: string;
  entries: CalendarEntry[];
}

/** The file of one entry's "add to calendar" link. */
export const entryFile = (e: CalendarEntry) => `data/events/${e.id}.ics`;

/** The feed of every dated entry, which the calendar page offers first. */
export const ALL_FEED = 'data/calendar.ics';

const slug = (text: string) => fold(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The .ics files of the site: everything, one per named owner, one per year, and one per entry
 * for its "add to calendar" link. Entries known only to the month are in no feed.
 */
export function feedSpecs(entries: CalendarEntry[], allLabel: string): { feeds: FeedSpec[]; events: FeedSpec[] } {
  const dated = entries.filter((e) => !isMonthOnly(e.start));
  const owners = [...new Set(dated.flatMap((e) => (e.owners ?? []).flatMap((o) => (o.name ? [o.name] : []))))].sort((a, b) => a.localeCompare(b, 'nb'));
  const years = [...new Set(dated.map((e) => e.start.slice(0, 4)))].sort();
  const feeds: FeedSpec[] = [
    { file: ALL_FEED, label: allLabel, entries: dated },
    ...owners.map((o) => ({ file: `data/calendar-${slug(o)}.ics`, label: o, entries: dated.filter((e) => e.owners?.some((x) => x.name === o)) })),
    ...years.map((y) => ({ file: `data/calendar-${y}.ics`, label: y, entries: dated.filter((e) => e.start.startsWith(y)) })),
  ];
  const events = entries.map((e) => ({ file: entryFile(e), label: e.title, entries: [e] }));
  return { feeds, events };
}
