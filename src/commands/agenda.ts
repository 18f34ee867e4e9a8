import { Command } from 'commander';
import { format, parseISO, startOfISOWeek, endOfISOWeek } from 'date-fns';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { agenda, type AgendaEntry, type AgendaQuery } from '../query/agenda.js';
import { today } from '../today.js';
import { formatSpan } from '../output/dates.js';
import { entryColumns } from './calendar-columns.js';
import { allOptions, dataset, emit, examples, warn, withOutputOptions, type OutputOptions } from './listing.js';
import { parseCount, parseDay } from './parse.js';

export function runAgenda(data: Dataset, q: AgendaQuery): Listing<AgendaEntry> {
  const week = { header: 'week', value: (r: AgendaEntry) => r.week };
  return {
    records: agenda(data.calendar, q),
    columns: [week, ...entryColumns((r: AgendaEntry) => r.entry, false)],
    tableColumns: entryColumns((r: AgendaEntry) => r.entry, true),
    groupBy: (r) => weekHeading(r.week),
  };
}

/** "Week 24: 12–18 Jun 2017" */
function weekHeading(isoWeek: string): string {
  const monday = startOfISOWeek(parseISO(isoWeek));
  const [from, to] = [monday, endOfISOWeek(monday)].map((d) => format(d, 'yyyy-MM-dd')) as [string, string];
  const year = from.slice(0, 4) === to.slice(0, 4) ? ` ${to.slice(0, 4)}` : '';
  return `Week ${Number(isoWeek.slice(6))}: ${formatSpan(from, to)}${year}`;
}

interface AgendaOptions extends OutputOptions {
  days: number;
  owner?: string;
  today?: string;
}

export function agendaCommand(): Command {
  const cmd = new Command('agenda')
    .description('what is coming up from today, grouped by week')
    .option('--days <n>', 'how many days ahead, today included', parseCount, 30)
    .option('--owner <name>', 'only entries with this owner')
    .option('--today <date>', 'pin today (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl agenda', 'intl agenda --owner dalen --days 60', 'intl agenda --today 2017-06-10 --days 14'))
    .action(async (_opts, command: Command) => {
      const opts = allOptions<AgendaOptions>(command);
      const q = { today: today(opts.today), days: opts.days, owner: opts.owner };
      const listing = runAgenda(await dataset(opts), q);
      if (listing.records.length === 0) warn(`nothing in the ${q.days} days from ${q.today}`);
      await emit(listing, opts);
    });
}
