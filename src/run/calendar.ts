import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { queryCalendar, type CalendarQuery, type SearchContext } from '../query/calendar.js';
import { findPartners, namesById } from '../query/partners.js';
import { today } from '../today.js';
import { entryColumns, entryTableColumns } from './calendar-columns.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { checkIcsOptions, emitIcs, type IcsOptions } from './ics-export.js';
import { covers, dataset, emit, outputFormat, warn } from './shared.js';

export interface CalendarResult {
  entries: CalendarEntry[];
  listing: Listing<CalendarEntry>;
  /** Why nothing matched, in words, when nothing did. */
  empty?: string;
}

export function runCalendar(data: Dataset, q: CalendarQuery, context: SearchContext = {}): CalendarResult {
  const entries = queryCalendar(data.calendar, q, context);
  const listing: Listing<CalendarEntry> = {
    records: entries,
    columns: entryColumns((e) => e),
    tableColumns: entryTableColumns((e) => e),
  };
  const empty = entries.length > 0 ? undefined : t().run.noEntries(describe(q), covers(data));
  return { entries, listing, empty };
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
    q.partners && r.linkedTo(q.partners.join(', ')),
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

interface CalendarOptions extends CalendarQuery, OutputOptions, IcsOptions {
  city?: string;
  network?: string;
  today?: string;
}

export async function calendarAction(year: number | undefined, opts: CalendarOptions & GlobalOptions): Promise<void> {
  const ranged = opts.from !== undefined || opts.to !== undefined;
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) throw new UsageError(t().usage.fromAfterTo(opts.from, opts.to));
  const format = outputFormat('calendar', opts, CALENDAR_FORMATS);
  checkIcsOptions(format, opts);
  const data = await dataset(opts, format);
  const q: CalendarQuery = {
    ...opts,
    year: year ?? (ranged ? undefined : Number(today(opts.today).slice(0, 4))),
    partners: partnerIds(data, opts),
  };
  const result = runCalendar(data, q, { names: namesById([...data.cities, ...data.networks]), notes: opts.notes });
  if (result.empty) warn(result.empty);
  if (format !== 'ics') return emit(result.listing, opts, format, 'entry');
  await emitIcs(result.entries, data, opts, [`intl ${q.year ?? ''}`.trim(), opts.owner].filter(Boolean).join(' – '));
}

/** The ids --city and --network name; a name that matches nothing is a usage error. */
function partnerIds(data: Dataset, opts: CalendarOptions): string[] | undefined {
  const asked: [string | undefined, { id: string; name: string; names?: string[] }[], string][] = [
    [opts.city, data.cities, '--city'],
    [opts.network, data.networks, '--network'],
  ];
  let ids: string[] | undefined;
  for (const [query, records, option] of asked) {
    if (query === undefined) continue;
    const found = findPartners(records, query);
    if (found.length === 0) throw new UsageError(t().usage.noPartner(option, query));
    ids = [...(ids ?? []), ...found];
  }
  return ids;
}
