import { t } from '../i18n/index.js';
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
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { dataset, emit, emitText, outputFormat, requireFormat, warn } from './shared.js';
import { DEFAULT_TIME_ZONE } from '../model/time-zone.js';
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
  const empty = entries.length > 0 ? undefined : t().run.noEntries(describe(q), covered.length ? covered.join(', ') : t().run.noYear);
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
  const r = t().run;
  const parts = [
    q.year !== undefined && r.inYear(q.month ? `${q.year}-${String(q.month).padStart(2, '0')}` : String(q.year)),
    q.from && r.from(q.from),
    q.to && r.to(q.to),
    q.owner && r.forOwner(q.owner),
    q.role && r.withRole(q.role),
    q.search && r.matching(q.search),
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
    await emit(result.listing, opts, format, 'entry');
    return;
  }
  const { included, skipped } = chooseIcsEntries(result.entries, opts.includeMonthOnly === true);
  for (const e of skipped) {
    warn(t().run.leftOut(e.id, e.title, formatSpan(e.start)));
  }
  const name = opts.calendarName ?? [`intl ${q.year ?? ''}`.trim(), opts.owner].filter(Boolean).join(' – ');
  const names = new Map([...data.networks, ...data.cities].map((r) => [r.id, r.name]));
  const { toIcs } = await import('../output/ics.js');
  const uidDomain = opts.uidDomain ?? 'intl.invalid';
  const ics = toIcs(included, { name, uidDomain, stamp: sourceDate(), version: VERSION, names, timeZone: DEFAULT_TIME_ZONE });
  emitText(ics, opts, included.length, 'event');
}
