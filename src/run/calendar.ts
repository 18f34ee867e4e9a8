import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Dataset } from '../model/records.js';
import { isMonthOnly } from '../model/dates.js';
import type { Listing } from '../output/columns.js';
import { formatSpan } from '../output/dates.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { queryCalendar, yearsCovered, type CalendarQuery } from '../query/calendar.js';
import { today } from '../today.js';
import { VERSION } from '../version.js';
import { entryColumns, entryTableColumns } from './calendar-columns.js';
import type { OutputOptions, GlobalOptions } from '../commands/options.js';
import { dataset, emit, emitText, outputFormat, requireFormat, warn } from './shared.js';
import { sourceDate } from './source-date.js';

export interface CalendarResult {
  entries: CalendarEntry[];
  listing: Listing<CalendarEntry>;
  /** Why nothing matched, in words, when nothing did. */
  empty?: string;
}

export function runCalendar(data: Dataset, q: CalendarQuery): CalendarResult {
  const entries = queryCalendar(data.calendar, q);
  const listing: Listing<CalendarEntry> = {
    records: entries,
    columns: entryColumns((e) => e),
    tableColumns: entryTableColumns((e) => e),
  };
  const covered = yearsCovered(data.calendar);
  const empty =
    entries.length > 0
      ? undefined
      : `no calendar entries${describe(q)}; the data covers ${covered.length ? covered.join(', ') : 'no year'}`;
  return { entries, listing, empty };
}

export interface IcsChoice {
  included: CalendarEntry[];
  /** Entries known only to the month, left out unless asked for. */
  skipped: CalendarEntry[];
}

export function chooseIcsEntries(entries: CalendarEntry[], includeMonthOnly: boolean): IcsChoice {
  const skipped = includeMonthOnly ? [] : entries.filter((e) => isMonthOnly(e.start));
  return { included: entries.filter((e) => !skipped.includes(e)), skipped };
}

function describe(q: CalendarQuery): string {
  const parts = [
    q.year !== undefined && `in ${q.month ? `${q.year}-${String(q.month).padStart(2, '0')}` : q.year}`,
    q.from && `from ${q.from}`,
    q.to && `to ${q.to}`,
    q.owner && `for owner "${q.owner}"`,
    q.role && `with a ${q.role} owner`,
    q.search && `matching "${q.search}"`,
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

interface CalendarOptions extends CalendarQuery, OutputOptions {
  includeMonthOnly?: boolean;
  calendarName?: string;
  uidDomain?: string;
  today?: string;
}

export async function calendarAction(year: number | undefined, opts: CalendarOptions & GlobalOptions): Promise<void> {
  const ranged = opts.from !== undefined || opts.to !== undefined;
  const q = { ...opts, year: year ?? (ranged ? undefined : Number(today(opts.today).slice(0, 4))) };
  const format = outputFormat('calendar', opts, CALENDAR_FORMATS);
  requireFormat(format, 'ics', {
    '--include-month-only': opts.includeMonthOnly,
    '--calendar-name': opts.calendarName,
    '--uid-domain': opts.uidDomain,
  });
  const data = await dataset(opts);
  const result = runCalendar(data, q);
  if (result.empty) warn(result.empty);
  if (format !== 'ics') {
    await emit(result.listing, opts, format, ['entry', 'entries']);
    return;
  }
  const { included, skipped } = chooseIcsEntries(result.entries, opts.includeMonthOnly === true);
  for (const e of skipped) {
    warn(`left out of the calendar file, known only to the month: ${e.id} (${e.title}, ${formatSpan(e.start)}); --include-month-only adds it`);
  }
  const name = opts.calendarName ?? [`intl ${q.year ?? ''}`.trim(), opts.owner].filter(Boolean).join(' – ');
  const names = new Map([...data.networks, ...data.cities].map((r) => [r.id, r.name]));
  const { toIcs } = await import('../output/ics.js');
  const uidDomain = opts.uidDomain ?? 'intl.invalid';
  emitText(toIcs(included, { name, uidDomain, stamp: sourceDate(), version: VERSION, names }), opts, included.length, ['event', 'events']);
}
