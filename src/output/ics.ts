import { addDays, format, parseISO } from 'date-fns';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { t } from '../i18n/index.js';
import { isMonthOnly } from '../model/dates.js';
import { formatOwners } from '../query/owners.js';
import { lastDay } from '../query/span.js';
import { formatSpan } from './dates.js';
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
    ...entries.flatMap((e) => vevent(e, o)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

function vevent(e: CalendarEntry, o: IcsOptions): string[] {
  const monthOnly = isMonthOnly(e.start);
  const start = monthOnly ? `${e.start}-01` : e.start;
  const endExclusive = addDays(parseISO(lastDay(e)), 1);
  const summary = monthOnly ? t().words.monthOnlySummary(e.title, formatSpan(e.start)) : e.title;
  const categories = [...(e.networks ?? []), ...(e.cities ?? [])].map((id) => o.names?.get(id) ?? id);
  const optional = (name: string, value: string | undefined) => (value ? [`${name}:${escapeText(value)}`] : []);
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}@${o.uidDomain}`,
    `DTSTAMP:${utcStamp(o.stamp)}`,
    `DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`,
    `DTEND;VALUE=DATE:${format(endExclusive, 'yyyyMMdd')}`,
    `SUMMARY:${escapeText(summary)}`,
    ...optional('LOCATION', e.location),
    ...optional('DESCRIPTION', description(e)),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function description(e: CalendarEntry): string | undefined {
  const w = t().words;
  const parts = [
    e.subtitle,
    e.description,
    e.organiser && `${w.organiser}: ${e.organiser}`,
    e.owners?.length ? `${w.owners}: ${formatOwners(e.owners)}` : undefined,
    e.note && `${w.note}: ${e.note}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
