import type { CalendarEntry } from '../model/calendar-entry.js';
import { isMonthOnly } from '../model/dates.js';
import type { Dataset } from '../model/records.js';
import { REGIONS, regionOf } from '../model/regions.js';
import { NETWORK_TYPES, RELATIONS } from '../model/vocabulary.js';
import { datedRelations } from './anniversaries.js';
import { queryCalendar } from './calendar.js';
import { compareNorwegian } from './norwegian-order.js';
import { byPerson } from './people.js';
import { firstDay, lastDay } from './span.js';

/** How many of something there are, by what it is. */
export interface Tally {
  key: string;
  count: number;
}

export interface RelationStats {
  /** City relations and networks. */
  total: number;
  byKind: Tally[];
  /** City relations only: networks have no country. */
  byCountry: Tally[];
  byRegion: Tally[];
  /** Every relation with a since-year, by its decade (`1940`). */
  byDecade: Tally[];
}

export interface OwnerStats {
  owner: string;
  entries: number;
  /** Days in the year with at least one of the owner's entries; entries known only to the month add none. */
  days: number;
}

export interface CalendarStats {
  year: number;
  entries: number;
  /** Entries touching each month of the year; one over two months counts in both. */
  byMonth: Tally[];
  byOwner: OwnerStats[];
}

export function relationStats(data: Pick<Dataset, 'cities' | 'networks'>): RelationStats {
  const kinds = [...data.cities.map((c) => c.relation), ...data.networks.map((n) => n.type)];
  const countries = data.cities.map((c) => c.country);
  return {
    total: kinds.length,
    byKind: inOrder(tally(kinds), [...RELATIONS, ...NETWORK_TYPES]),
    byCountry: tally(countries).sort((a, b) => b.count - a.count || compareNorwegian(a.key, b.key)),
    byRegion: inOrder(tally(countries.map(regionOf)), REGIONS),
    byDecade: tally(datedRelations(data).map((r) => String(Math.floor(r.since / 10) * 10))).sort((a, b) => Number(a.key) - Number(b.key)),
  };
}

export function calendarStats(entries: CalendarEntry[], year: number): CalendarStats {
  const inYear = queryCalendar(entries, { year });
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return {
    year,
    entries: inYear.length,
    byMonth: months.map((m) => ({ key: m, count: inYear.filter((e) => firstDay(e).slice(0, 7) <= m && lastDay(e).slice(0, 7) >= m).length })),
    byOwner: ownerStats(inYear, year),
  };
}

/** Each person's entries, and the days of the year they are booked, each day once. */
function ownerStats(entries: CalendarEntry[], year: number): OwnerStats[] {
  const bookedDays = (owned: CalendarEntry[]) => new Set(owned.filter((e) => !isMonthOnly(e.start)).flatMap((e) => daysOf(e, year))).size;
  return byPerson(entries)
    .map((p) => ({ owner: p.name, entries: p.entries.length, days: bookedDays(p.entries) }))
    .sort((a, b) => b.entries - a.entries || b.days - a.days || compareNorwegian(a.owner, b.owner));
}

const DAY_MS = 86_400_000;

/** An entry's days within the year, as days since 1 January 1970: a day is counted once however often it is booked. */
function daysOf(e: CalendarEntry, year: number): number[] {
  // Date.parse reads a YYYY-MM-DD date as that day's midnight in UTC.
  const first = Math.max(Date.parse(firstDay(e)), Date.UTC(year, 0, 1)) / DAY_MS;
  const last = Math.min(Date.parse(lastDay(e)), Date.UTC(year, 11, 31)) / DAY_MS;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

function tally(keys: string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** The tallies in the vocabulary's order, leaving out words nothing has. */
function inOrder(tallies: Tally[], order: readonly string[]): Tally[] {
  return [...tallies].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}
