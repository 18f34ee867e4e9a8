import { Command } from 'commander';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { formatSpan } from '../output/dates.js';
import { queryCalendar } from '../query/calendar.js';
import { findConflicts, type Conflict } from '../query/conflicts.js';
import { today } from '../today.js';
import { allOptions, dataset, emit, examples, warn, withOutputOptions, type OutputOptions } from './listing.js';
import { parseDay, parseYear } from './parse.js';

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
      { header: 'owner', value: (c) => c.owner },
      { header: 'overlap', value: (c) => formatSpan(c.from, c.to) },
      { header: 'first', value: (c) => `${c.first.title} (${formatSpan(c.first.start, c.first.end)})` },
      { header: 'second', value: (c) => `${c.second.title} (${formatSpan(c.second.start, c.second.end)})` },
    ],
  };
}

interface ConflictsOptions extends OutputOptions {
  owner?: string;
  today?: string;
}

export function conflictsCommand(): Command {
  const cmd = new Command('conflicts')
    .description('pairs of entries whose days overlap for the same owner')
    .argument('[year]', 'the year (default: the current year)', parseYear)
    .option('--owner <name>', 'only this owner')
    .option('--today <date>', 'pin today, for the default year (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl conflicts 2017', 'intl conflicts 2017 --owner "Gerhard Dalen"'))
    .action(async (year: number | undefined, _opts, command: Command) => {
      const opts = allOptions<ConflictsOptions>(command);
      const q = { year: year ?? Number(today(opts.today).slice(0, 4)), owner: opts.owner };
      const listing = runConflicts(await dataset(opts), q);
      if (listing.records.length === 0) warn(`no overlapping entries for one owner in ${q.year}`);
      await emit(listing, opts);
    });
}
