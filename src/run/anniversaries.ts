import { UsageError } from '../errors.js';
import { lang, t } from '../i18n/index.js';
import type { CalendarEntry } from '../model/calendar-entry.js';
import { countryName } from '../model/countries.js';
import type { Dataset } from '../model/records.js';
import { idColumn, type Listing } from '../output/columns.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { relationWord } from '../output/relation-word.js';
import { findJubilees, type Jubilee, type JubileeQuery } from '../query/anniversaries.js';
import { today } from '../today.js';
import type { GlobalOptions, OutputOptions } from './action-options.js';
import { checkIcsOptions, emitIcs, type IcsOptions } from './ics-export.js';
import { dataset, emit, outputFormat, warn } from './shared.js';

export function runAnniversaries(data: Dataset, q: JubileeQuery): Listing<Jubilee> {
  const h = t().headings;
  return {
    records: findJubilees(data, q),
    columns: (['id', 'name', 'kind', 'relation', 'country', 'since', 'year', 'age'] as const).map((key) => ({ header: key, value: (j: Jubilee) => j[key] })),
    tableColumns: [
      idColumn(),
      { header: h.year, value: (j) => j.year },
      { header: h.name, value: (j) => j.name, names: true },
      { header: h.country, value: (j) => j.country && countryName(j.country, lang()), names: true },
      { header: h.relation, value: (j) => relationWord(j.relation) },
      { header: h.since, value: (j) => j.since },
      { header: h.jubilee, value: (j) => t().words.years(j.age), nowrap: true },
    ],
  };
}

/**
 * One all-day event per jubilee. The data knows only the year a relation began, so each lies on
 * 1 January and says in its title that it stands for the whole year. The UID names the record and
 * the year, so a re-import updates the event.
 */
export function jubileeEvent(j: Jubilee): CalendarEntry {
  return {
    id: `jubilee-${j.year}-${j.id}`,
    title: t().words.jubileeTitle(j.name, j.age, relationWord(j.relation), j.since),
    start: `${j.year}-01-01`,
    ...(j.kind === 'city' ? { cities: [j.id] } : { networks: [j.id] }),
  };
}

interface AnniversaryOptions extends OutputOptions, IcsOptions {
  every: number;
  from?: number;
  to?: number;
  today?: string;
}

/** YEAR, or --from and --to (--from alone looks ten years ahead), else this year. */
export function jubileeSpan(year: number | undefined, opts: AnniversaryOptions): { from: number; to: number } {
  const ranged = opts.from !== undefined || opts.to !== undefined;
  if (year !== undefined && ranged) throw new UsageError(t().usage.yearOrSpan(year));
  const thisYear = () => Number(today(opts.today).slice(0, 4));
  if (year !== undefined || !ranged) return { from: year ?? thisYear(), to: year ?? thisYear() };
  const from = opts.from ?? thisYear();
  const to = opts.to ?? from + 9;
  if (from > to) throw new UsageError(t().usage.fromAfterTo(String(from), String(to)));
  return { from, to };
}

export async function anniversariesAction(year: number | undefined, opts: AnniversaryOptions & GlobalOptions): Promise<void> {
  const q = { ...jubileeSpan(year, opts), every: opts.every };
  const format = outputFormat('anniversaries', opts, CALENDAR_FORMATS);
  checkIcsOptions(format, opts);
  const data = await dataset(opts, format);
  const listing = runAnniversaries(data, q);
  const span = q.from === q.to ? String(q.from) : `${q.from}–${q.to}`;
  if (listing.records.length === 0) warn(t().run.noJubilees(span, q.every));
  if (format !== 'ics') return emit(listing, opts, format, 'jubilee');
  await emitIcs(listing.records.map(jubileeEvent), data, opts, t().run.jubileeCalendarName(span));
}
