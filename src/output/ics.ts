import { addDays, format, parseISO } from 'date-fns';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { t } from '../i18n/index.js';
import { isMonthOnly } from '../model/dates.js';
import { ownersForPeople } from './owners.js';
import { lastDay } from '../query/span.js';
import { formatSpan } from './dates.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { escapeText, foldLine } from './ics-text.js';

export interface IcsOptions {
  /** X-WR-CALNAME: what Outlook and Google show as the calendar's name. */
  name: string;
  /** UIDs are `<entry id>@<domain>`: stable across edits, so re-imports and feeds update. */
  uidDomain: string;
  /** DTSTAMP; from SOURCE_DATE_EPOCH for reproducible files. */
  stamp: Date;
  /** PRODID's product version. */
  version: string;
  /** Names of related networks and cities by id, for CATEGORIES. */
  names?: Map<string, string>;
  /** The IANA zone that entries' times of day are in: the municipality's. */
  timeZone: string;
}

/**
 * An RFC 5545 calendar of all-day events for Outlook, Google, Apple Calendar and Thunderbird:
 * VALUE=DATE with an exclusive DTEND (25-27 Jan ends 20170128), always a DTEND, CRLF, folded.
 * An entry known only to the month spans the whole month and says so in its title.
 */
export function toIcs(entries: CalendarEntry[], o: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//intl//intl ${o.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(o.name)}`,
    // How often a subscribed feed is fetched again: RFC 7986, and the property Outlook reads.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...(entries.some((e) => e.time) ? vtimezone(o.timeZone) : []),
    ...entries.flatMap((e) => vevent(e, o)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

function vevent(e: CalendarEntry, o: IcsOptions): string[] {
  const monthOnly = isMonthOnly(e.start);
  const start = monthOnly ? `${e.start}-01` : e.start;
  const summary = monthOnly ? t().words.monthOnlySummary(e.title, formatSpan(e.start)) : e.title;
  const categories = [...(e.networks ?? []), ...(e.cities ?? [])].map((id) => o.names?.get(id) ?? id);
  const optional = (name: string, value: string | undefined) => (value ? [`${name}:${escapeText(value)}`] : []);
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}@${o.uidDomain}`,
    `DTSTAMP:${utcStamp(o.stamp)}`,
    ...(e.time ? timedSpan(e, o.timeZone) : allDaySpan(start, lastDay(e))),
    `SUMMARY:${escapeText(summary)}`,
    ...optional('LOCATION', e.location),
    ...optional('DESCRIPTION', description(e)),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    `TRANSP:${e.time ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

function description(e: CalendarEntry): string | undefined {
  const w = t().words;
  const parts = [
    e.subtitle,
    e.description,
    e.organiser && `${w.organiser}: ${e.organiser}`,
    e.owners?.length ? `${w.owners}: ${ownersForPeople(e.owners)}` : undefined,
    e.note && `${w.note}: ${e.note}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** All-day: VALUE=DATE with the day after the last as DTEND, as RFC 5545 and Outlook want. */
function allDaySpan(first: string, last: string): string[] {
  const endExclusive = addDays(parseISO(last), 1);
  return [`DTSTART;VALUE=DATE:${first.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${format(endExclusive, 'yyyyMMdd')}`];
}

/** Local times in the municipality's zone; `10:00` alone is an hour. */
function timedSpan(e: CalendarEntry, zone: string): string[] {
  const [from, to] = e.time!.split('-') as [string, string | undefined];
  const local = (day: string, time: string) => `${day.replaceAll('-', '')}T${time.replace(':', '')}00`;
  const endDay = e.end ?? e.start;
  const end = to !== undefined ? local(endDay, to) : oneHourLater(e.start, from);
  return [`DTSTART;TZID=${zone}:${local(e.start, from)}`, `DTEND;TZID=${zone}:${end}`];
}

function oneHourLater(day: string, time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const next = addDays(parseISO(day), h === 23 ? 1 : 0);
  return `${format(next, 'yyyyMMdd')}T${String((h + 1) % 24).padStart(2, '0')}${String(m).padStart(2, '0')}00`;
}

/**
 * The zone's rules as a VTIMEZONE, from timezones-ical-library (its rules for the zone's
 * current offsets and daylight saving). The library names some zones by the zone they link to
 * (Europe/Oslo as Europe/Berlin); the block keeps the name the events use.
 */
function vtimezone(zone: string): string[] {
  const [block] = tzlib_get_ical_block(zone) as [string, string];
  const linked = /^TZID:(.*)$/m.exec(block)?.[1]?.trim() ?? zone;
  return block.replaceAll(linked, zone).split(/\r?\n/);
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
