import { join } from 'node:path';
import { catalogue, t } from '../i18n/index.js';
import type { Dataset } from '../model/records.js';
import { DEFAULT_TIME_ZONE } from '../model/time-zone.js';
import { toCsv } from '../output/csv.js';
import { toGeoJson } from '../output/geojson.js';
import { toIcs } from '../output/ics.js';
import { toJson } from '../output/json.js';
import { writeDataFile } from '../output/write-output.js';
import { sitePages } from '../site/build.js';
import { feedSpecs, type FeedSpec } from '../site/feeds.js';
import { VERSION } from '../version.js';
import type { GlobalOptions } from './action-options.js';
import { citiesFor, runCities } from './cities.js';
import { dataset, warn } from './shared.js';
import { sourceDate } from './source-date.js';
import { mainMunicipality, municipalityOf } from '../query/home.js';

/**
 * Builds the public site into a folder: the pages in both languages, the .ics feeds and the
 * data files. Always the public, note-free records, whatever --public and --notes say.
 */
export async function siteAction(opts: GlobalOptions & { output: string }): Promise<void> {
  const data = await dataset({ ...opts, public: true, notes: false }, 'site');
  const stamp = sourceDate();
  const main = mainMunicipality(data)?.language ?? 'nb';
  // The .ics files name the whole calendar in the data's language; each page in its own.
  const { feeds, events } = feedSpecs(data.calendar, catalogue(main).site.feedAll);
  const downloads = new Map<string, string>([
    ['data/cities.csv', toCsv(runCities(data, { relation: 'all' }))],
    ['data/cities-excel.csv', toCsv(runCities(data, { relation: 'all' }), { excel: true })],
    ['data/cities.geojson', toGeoJson(citiesFor(data, { relation: 'all' }), (c) => municipalityOf(data, c.id), true)],
    ['data/intl.json', toJson(data)],
    ...[...feeds, ...events].map((f): [string, string] => [f.file, ics(data, f, stamp)]),
  ]);
  const pages = sitePages({
    data,
    cities: citiesFor(data, { relation: 'all', sort: 'distance' }),
    main,
    today: stamp.toISOString().slice(0, 10),
    feeds: feeds.map(({ file, label }) => ({ file, label })),
  });
  for (const [path, text] of [...pages, ...downloads]) writeDataFile(join(opts.output, path), text);
  if (!opts.quiet) warn(t().site.wrote([...pages.keys()].filter((p) => p.endsWith('.html')).length, downloads.size, opts.output));
}

function ics(data: Dataset, feed: FeedSpec, stamp: Date): string {
  const municipality = mainMunicipality(data);
  return toIcs(feed.entries, {
    name: `${municipality?.name ?? 'intl'}: ${feed.label}`,
    uidDomain: municipality?.uid_domain ?? 'intl.invalid',
    stamp,
    version: VERSION,
    names: new Map([...data.networks, ...data.cities].map((r) => [r.id, r.name])),
    timeZone: municipality?.time_zone ?? DEFAULT_TIME_ZONE,
  });
}
