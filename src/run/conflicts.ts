import { t } from '../i18n/index.js';
import type { CalendarEntry } from '../model/calendar-entry.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { formatSpan } from '../output/dates.js';
import { queryCalendar } from '../query/calendar.js';
import { findConflicts, type Conflict } from '../query/conflicts.js';
import { today } from '../today.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { covers, dataset, emit, listFormat, warn } from './shared.js';

const entry = (e: CalendarEntry) => `${e.title} (${formatSpan(e.start, e.end)})`;

export function runConflicts(data: Dataset, q: { year: number; owner?: string }): Listing<Conflict> {
  const entries = queryCalendar(data.calendar, { year: q.year });
  return {
    records: findConflicts(entries, q.owner),
    columns: [
      { header: 'owner', value: (c) => c.owner },
      { header: 'from', value: (c) => c.from },
      { header: 'to', value: (c) => c.to },
      { header: 'first_id', value: (c) => c.first.id },
      { header: 'first_title', value: (c) => c.first.title },
      { header: 'second_id', value: (c) => c.second.id },
      { header: 'second_title', value: (c) => c.second.title },
    ],
    tableColumns: [
      { header: t().headings.owner, value: (c) => c.owner, names: true },
      { header: t().headings.overlap, value: (c) => formatSpan(c.from, c.to), nowrap: true },
      { header: t().headings.first, value: (c) => entry(c.first), note: (c) => c.first.note },
      { header: t().headings.firstId, value: (c) => c.first.id, wide: true },
      { header: t().headings.second, value: (c) => entry(c.second), note: (c) => c.second.note },
      { header: t().headings.secondId, value: (c) => c.second.id, wide: true },
    ],
  };
}

interface ConflictsOptions extends OutputOptions {
  owner?: string;
  today?: string;
}

export async function conflictsAction(year: number | undefined, opts: ConflictsOptions & GlobalOptions): Promise<void> {
  const format = listFormat('conflicts', opts);
  const q = { year: year ?? Number(today(opts.today).slice(0, 4)), owner: opts.owner };
  const data = await dataset(opts, format);
  const listing = runConflicts(data, q);
  if (listing.records.length === 0) warn(t().run.noConflicts(q.year, covers(data)));
  await emit(listing, opts, format, 'conflict');
}
