import { colourLevel } from '../colour.js';
import { lang, t } from '../i18n/index.js';
import { countryName } from '../model/countries.js';
import { isMonthOnly } from '../model/dates.js';
import type { Dataset } from '../model/records.js';
import type { Region } from '../model/regions.js';
import type { Chart } from '../output/bar-chart.js';
import type { Listing } from '../output/columns.js';
import { toJson } from '../output/json.js';
import { monthName } from '../output/dates.js';
import { relationWord } from '../output/relation-word.js';
import { outputWidth } from '../output/terminal-width.js';
import { compareNorwegian } from '../query/norwegian-order.js';
import { calendarStats, relationStats, type CalendarStats, type RelationStats, type Tally } from '../query/stats.js';
import type { NetworkType, Relation } from '../model/vocabulary.js';
import { today } from '../today.js';
import type { GlobalOptions, OutputOptions } from './action-options.js';
import { covers, dataset, emit, emitText, listFormat, warn } from './shared.js';

export interface Stats {
  relations: RelationStats;
  calendar: CalendarStats;
}

export function runStats(data: Dataset, year: number): Stats {
  return { relations: relationStats(data), calendar: calendarStats(data.calendar, year) };
}

/** For jq and scripts: each tally under the name of what it counts. */
export function statsJson({ relations: r, calendar: c }: Stats): unknown {
  const named = (name: string, tallies: Tally[], asNumber = false) => tallies.map((x) => ({ [name]: asNumber ? Number(x.key) : x.key, count: x.count }));
  return {
    relations: {
      total: r.total,
      byKind: named('kind', r.byKind),
      byCountry: named('country', r.byCountry),
      byRegion: named('region', r.byRegion),
      byDecade: named('decade', r.byDecade, true),
    },
    calendar: { year: c.year, entries: c.entries, byMonth: named('month', c.byMonth), byOwner: c.byOwner },
  };
}

interface Row {
  group: string;
  key: string;
  count: number;
}

/** For spreadsheets and `cut`: one figure a line, `group key count`. */
export function statsRows({ relations: r, calendar: c }: Stats): Listing<Row> {
  const rows = (group: string, tallies: Tally[]) => tallies.map((x) => ({ group, ...x }));
  const owners = (group: string, count: (o: Stats['calendar']['byOwner'][number]) => number) => c.byOwner.map((o) => ({ group, key: o.owner, count: count(o) }));
  return {
    records: [
      ...rows('kind', r.byKind),
      ...rows('country', r.byCountry),
      ...rows('region', r.byRegion),
      ...rows('decade', r.byDecade),
      ...rows('month', c.byMonth),
      ...owners('owner_entries', (o) => o.entries),
      ...owners('owner_days', (o) => o.days),
    ],
    columns: (['group', 'key', 'count'] as const).map((header) => ({ header, value: (row: Row) => row[header] })),
  };
}

/** The charts for people, in the run's language; the calendar's only when the year has entries. */
export function statsCharts({ relations: r, calendar: c }: Stats, data: Dataset): Chart[] {
  const s = t().stats;
  const w = t().words;
  const bars = (tallies: Tally[], label: (key: string) => string) => tallies.map((x) => ({ label: label(x.key), value: x.count }));
  const countries = bars(r.byCountry, (code) => countryName(code, lang())).sort((a, b) => b.value - a.value || compareNorwegian(a.label, b.label));
  const charts: Chart[] = [
    { title: s.byKind(r.total), bars: bars(r.byKind, (k) => relationWord(k as Relation | NetworkType)) },
    { title: s.byCountry, bars: countries },
    { title: s.byRegion, bars: bars(r.byRegion, (k) => w.region[k as Region]) },
    { title: s.byDecade, bars: bars(r.byDecade, (k) => w.decade(Number(k))) },
  ];
  if (c.entries === 0) return charts;
  const monthOnly = data.calendar.some((e) => isMonthOnly(e.start) && e.start.startsWith(`${c.year}-`));
  return [
    ...charts,
    { title: s.byMonth(c.year, c.entries), bars: bars(c.byMonth, monthName), note: s.monthNote },
    { title: s.byOwner(c.year), bars: c.byOwner.map((o) => ({ label: o.owner, value: o.entries })) },
    {
      title: s.daysByOwner(c.year),
      bars: [...c.byOwner].sort((a, b) => b.days - a.days || compareNorwegian(a.owner, b.owner)).map((o) => ({ label: o.owner, value: o.days })),
      note: monthOnly ? s.daysNote : undefined,
    },
  ];
}

interface StatsOptions extends OutputOptions {
  today?: string;
}

export async function statsAction(year: number | undefined, opts: StatsOptions & GlobalOptions): Promise<void> {
  const format = listFormat('stats', opts);
  const data = await dataset(opts, format);
  const stats = runStats(data, year ?? Number(today(opts.today).slice(0, 4)));
  if (stats.calendar.entries === 0) warn(t().run.noEntries(` ${t().run.inYear(String(stats.calendar.year))}`, covers(data)));
  const rows = statsRows(stats);
  if (format === 'tsv' || format === 'csv') return emit(rows, opts, format, 'figure');
  // The charts, with chalk, are loaded only for a terminal (or --format table).
  const charts = async () =>
    (await import('../output/bar-chart.js')).drawCharts(statsCharts(stats, data), { width: outputWidth(), language: lang(), level: colourLevel(opts.color !== false) });
  const text = format === 'json' ? toJson(statsJson(stats)) : await charts();
  emitText(text, opts, rows.records.length, 'figure');
}
