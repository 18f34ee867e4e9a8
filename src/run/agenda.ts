import { addDays, format, parseISO, startOfISOWeek, endOfISOWeek } from 'date-fns';
import { basename } from 'node:path';
import { t } from '../i18n/index.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { agenda, type AgendaEntry, type AgendaQuery } from '../query/agenda.js';
import { today } from '../today.js';
import { formatSpan } from '../output/dates.js';
import { entryColumns, entryTableColumns } from './calendar-columns.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { dataset, emit, listFormat, warn } from './shared.js';

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
  const [from, to] = [monday, endOfISOWeek(monday)].map((d) => format(d, 'yyyy-MM-dd')) as [string, string];
  const year = from.slice(0, 4) === to.slice(0, 4) ? ` ${to.slice(0, 4)}` : '';
  return t().run.week(Number(isoWeek.slice(6)), `${formatSpan(from, to)}${year}`);
}

interface AgendaOptions extends OutputOptions {
  days: number;
  owner?: string;
  today?: string;
}

export async function agendaAction(opts: AgendaOptions & GlobalOptions): Promise<void> {
  const q = { today: today(opts.today), days: opts.days, owner: opts.owner };
  const format = listFormat('agenda', opts, { ics: icsAdvice(q.today, q.days, opts.output) });
  const listing = runAgenda(await dataset(opts), q);
  if (listing.records.length === 0) warn(t().run.nothingAhead(q.days, q.today));
  await emit(listing, opts, format, 'entry');
}

/** agenda writes no .ics yet: the same days as a calendar query that does. */
function icsAdvice(from: string, days: number, output = 'agenda.ics'): string {
  const to = format(addDays(parseISO(from), days - 1), 'yyyy-MM-dd');
  return t().usage.agendaIcs(basename(output), from, to, output);
}
