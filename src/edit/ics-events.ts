import ICAL from 'ical.js';

/** One event (or one occurrence of a series) as a calendar entry's days and times. */
export interface IcsEvent {
  uid: string;
  title: string;
  start: string;
  end?: string;
  time?: string;
  location?: string;
  description?: string;
  url?: string;
}

/** What a file holds: events to import, and those left out, by title and first day. */
export interface IcsRead {
  events: IcsEvent[];
  cancelled: string[];
  /** Recurring events that need a range to be expanded in. */
  series: string[];
  /** The file was written by intl: its UIDs are `<entry id>@<domain>`. */
  fromIntl: boolean;
}

export interface DayRange {
  from: string;
  to: string;
}

/** A guard against a series without end in a very wide range. */
const MAX_OCCURRENCES = 5000;

/**
 * Reads an .ics export (Outlook, Google, Apple, intl) with ical.js: the file's own VTIMEZONEs are
 * registered, so Outlook's "W. Europe Standard Time" is understood; times are given in `zone`.
 * Recurring events are expanded within `range`; without one they are listed in `series`.
 */
export function readIcs(text: string, zone: string, range?: DayRange): IcsRead {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevents = cal.getAllSubcomponents('vevent');
  const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
  const read: IcsRead = { events: [], cancelled: [], series: [], fromIntl: /^-\/\/intl\/\//.test(String(cal.getFirstPropertyValue('prodid') ?? '')) };
  const inRange = (day: string) => !range || (day >= range.from && day <= range.to);
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const uid = String(master.getFirstPropertyValue('uid') ?? '');
    const event = new ICAL.Event(master, { exceptions: exceptions.filter((e) => e.getFirstPropertyValue('uid') === uid) });
    const named = `${event.summary} (${local(event.startDate, zone).day})`;
    if (isCancelled(master)) read.cancelled.push(named);
    else if (!event.isRecurring()) {
      const e = toEvent(master, uid, event.startDate, event.endDate, zone);
      if (inRange(e.start)) read.events.push(e);
    } else if (!range) read.series.push(named);
    else expand(event, uid, zone, range, read);
  }
  return read;
}

function expand(event: ICAL.Event, uid: string, zone: string, range: DayRange, read: IcsRead): void {
  const it = event.iterator();
  for (let n = 0, next = it.next(); next && n < MAX_OCCURRENCES; n++, next = it.next()) {
    const o = event.getOccurrenceDetails(next);
    const day = local(o.startDate, zone).day;
    const original = local(next, zone).day;
    if (day > range.to && original > range.to) break;
    if (day < range.from || day > range.to) continue;
    if (isCancelled(o.item.component)) read.cancelled.push(`${o.item.summary} (${day})`);
    else read.events.push(toEvent(o.item.component, `${uid}#${original}`, o.startDate, o.endDate, zone));
  }
}

function isCancelled(component: ICAL.Component): boolean {
  return String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

function toEvent(c: ICAL.Component, uid: string, start: ICAL.Time, end: ICAL.Time | null, zone: string): IcsEvent {
  const text = (name: string) => {
    const v = c.getFirstPropertyValue(name);
    return v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim();
  };
  return { uid, title: text('summary') ?? uid, ...days(start, end, zone), location: text('location'), description: text('description'), url: text('url') };
}

/** All-day: the exclusive DTEND becomes the last day; timed: days and `HH:MM-HH:MM` in the zone. */
function days(start: ICAL.Time, end: ICAL.Time | null, zone: string): Pick<IcsEvent, 'start' | 'end' | 'time'> {
  if (start.isDate) {
    const first = local(start, zone).day;
    const last = end && end.compare(start) > 0 ? local(shift(end, -1), zone).day : first;
    return { start: first, end: last > first ? last : undefined };
  }
  const from = local(start, zone);
  const to = end && end.compare(start) > 0 ? local(end, zone) : from;
  return { start: from.day, end: to.day > from.day ? to.day : undefined, time: to === from ? from.time : `${from.time}-${to.time}` };
}

function shift(time: ICAL.Time, days: number): ICAL.Time {
  const copy = time.clone();
  copy.adjust(days, 0, 0, 0);
  return copy;
}

/**
 * A time's day and `HH:MM` in the zone. A date or a floating time is taken as it stands; a TZID
 * with no VTIMEZONE in the file (Google and Apple leave them out at times) is read as an IANA zone.
 */
function local(time: ICAL.Time, zone: string): { day: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  const named = (time as { timezone?: string }).timezone;
  if (time.isDate || ((!time.zone || time.zone.tzid === 'floating') && !knownZone(named))) {
    return { day: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: `${pad(time.hour)}:${pad(time.minute)}` };
  }
  const instant = time.zone && time.zone.tzid !== 'floating' ? time.toJSDate().getTime() : wall - offset(named!, wall - offset(named!, wall));
  const p = parts(zone, instant);
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function parts(zone: string, instant: number): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offset(zone: string, instant: number): number {
  const p = parts(zone, instant);
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) - Math.floor(instant / 60000) * 60000;
}

function knownZone(name: string | undefined): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
