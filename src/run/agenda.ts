import { parseISO, startOfISOWeek, endOfISOWeek } from 'date-fns';
import { t } from '../i18n/index.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { agenda, type AgendaEntry, type AgendaQuery } from '../query/agenda.js';
import { localDay, today } from '../today.js';
import { formatSpan } from '../output/dates.js';
import { entryColumns, entryTableColumns } from './calendar-columns.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { checkIcsOptions, emitIcs, type IcsOptions } from './ics-export.js';
import { covers, dataset, emit, outputFormat, warn } from './shared.js';

export function runAgenda(data: Dataset, q: AgendaQuery): Listing<AgendaEntry> {
  const week = { header: 'week', value: (r: AgendaEntry) => r.week };
  return {
    records: agenda(data.calendar, q),
    columns: [week, ...entryColumns((r: AgendaEntry) => r.entry)],
    tableColumns: entryTableColumns((r: AgendaEntry) => r.entry),
    groupBy: (r) => weekHeading(r.week),
  };
}

/** "Week 24: 12–18 Jun 2017" */
function weekHeading(isoWeek: string): string {
  const monday = startOfISOWeek(parseISO(isoWeek));
  const [from, to] = [monday, endOfISOWeek(monday)].map(localDay) as [string, string];
  const year = from.slice(0, 4) === to.slice(0, 4) ? ` ${to.slice(0, 4)}` : '';
  return t().run.week(Number(isoWeek.slice(6)), `${formatSpan(from, to)}${year}`);
}

interface AgendaOptions extends OutputOptions, IcsOptions {
  days: number;
  owner?: string;
  today?: string;
}

export async function agendaAction(opts: AgendaOptions & GlobalOptions): Promise<void> {
  const q = { today: today(opts.today), days: opts.days, owner: opts.owner };
  const format = outputFormat('agenda', opts, CALENDAR_FORMATS);
  checkIcsOptions(format, opts);
  const data = await dataset(opts, format);
  const listing = runAgenda(data, q);
  if (listing.records.length === 0) warn(t().run.nothingAhead(q.days, q.today, covers(data)));
  if (format !== 'ics') return emit(listing, opts, format, 'entry');
  // An entry running over several weeks is one event.
  const entries = [...new Set(listing.records.map((r) => r.entry))];
  await emitIcs(entries, data, opts, [`intl ${q.today}`, opts.owner].filter(Boolean).join(' – '));
}
