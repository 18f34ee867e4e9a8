import { Command, Option } from 'commander';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { ROLES } from '../model/vocabulary.js';
import type { Dataset } from '../model/records.js';
import { isMonthOnly } from '../model/dates.js';
import type { Listing } from '../output/columns.js';
import { formatSpan } from '../output/dates.js';
import { LIST_FORMATS, renderListing } from '../output/format.js';
import { queryCalendar, yearsCovered, type CalendarQuery } from '../query/calendar.js';
import { today } from '../today.js';
import { VERSION } from '../version.js';
import { entryColumns } from './calendar-columns.js';
import { allOptions, dataset, emitText, examples, outputFormat, warn, withOutputOptions, type OutputOptions } from './listing.js';
import { parseDay, parseMonth, parseYear } from './parse.js';
import { sourceDate } from './source-date.js';

export const CALENDAR_FORMATS = [...LIST_FORMATS, 'ics'] as const;

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
    columns: entryColumns((e) => e, false),
    tableColumns: entryColumns((e) => e, true),
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
  uidDomain: string;
  today?: string;
}

export function calendarCommand(): Command {
  const cmd = new Command('calendar')
    .description('list calendar entries that touch a year (default: this year), in date order')
    .argument('[year]', 'the year (default: the current year)', parseYear)
    .option('--owner <name>', 'entries with this owner in any role; whole words, any case and accents')
    .addOption(new Option('--role <role>', 'entries with an owner in this role').choices(ROLES))
    .option('--month <month>', 'only this month of the year (1-12)', parseMonth)
    .option('--from <date>', 'entries on or after this day (YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'entries on or before this day (YYYY-MM-DD)', parseDay)
    .option('--search <text>', 'title, location and organiser, ignoring case and accents')
    .option('--include-month-only', 'ics: include entries known only to the month, as all-month events')
    .option('--calendar-name <name>', 'ics: the calendar name Outlook shows')
    .option('--uid-domain <domain>', 'ics: the domain in every event UID', 'intl.invalid')
    .option('--today <date>', 'pin today, for the default year (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd, CALENDAR_FORMATS)
    .addHelpText(
      'after',
      examples(
        'intl calendar 2017',
        'intl calendar 2017 --owner "Gerhard Dalen" -o dalen.ics',
        'intl calendar 2017 --role pol --format json',
        'intl calendar 2017 --month 6 --format csv --excel -o june.csv',
      ),
    )
    .action(async (year: number | undefined, _opts, command: Command) => {
      const opts = allOptions<CalendarOptions>(command);
      const ranged = opts.from !== undefined || opts.to !== undefined;
      const q = { ...opts, year: year ?? (ranged ? undefined : Number(today(opts.today).slice(0, 4))) };
      const data = await dataset(opts);
      const result = runCalendar(data, q);
      if (result.empty) warn(result.empty);
      const format = outputFormat(opts, CALENDAR_FORMATS);
      if (format !== 'ics') {
        emitText(await renderListing(result.listing, format, { excel: opts.excel }), opts);
        return;
      }
      const { included, skipped } = chooseIcsEntries(result.entries, opts.includeMonthOnly === true);
      for (const e of skipped) {
        warn(`left out of the calendar file, known only to the month: ${e.id} (${e.title}, ${formatSpan(e.start)}); --include-month-only adds it`);
      }
      const name = opts.calendarName ?? [`intl ${q.year ?? ''}`.trim(), opts.owner].filter(Boolean).join(' – ');
      const names = new Map([...data.networks, ...data.cities].map((r) => [r.id, r.name]));
      const { toIcs } = await import('../output/ics.js');
      emitText(toIcs(included, { name, uidDomain: opts.uidDomain, stamp: sourceDate(), version: VERSION, names }), opts);
    });
}
