import { UsageError } from '../errors.js';
import { lang, t } from '../i18n/index.js';
import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import type { Dataset } from '../model/records.js';
import { idColumn, type Column, type Listing } from '../output/columns.js';
import { CITY_FORMATS } from '../output/formats.js';
import { toGeoJson } from '../output/geojson.js';
import { groupDigits } from '../output/numbers.js';
import { placeCities, queryCities, type CityQuery, type PlacedCity } from '../query/cities.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { dataset, emitText, listAction, outputFormat, requireFormat, warn } from './shared.js';
import { municipalityOf } from '../query/home.js';

/** The country by name in the run's language, with a disputed or changed territory beside it. */
const countryLabel = (c: City) => countryName(c.country, lang()) + (c.territory ? ` (${c.territory})` : '');

/** The cities a query asks for, each with its distance from its municipality. */
export function citiesFor(data: Dataset, query: CityQuery): PlacedCity[] {
  return queryCities(placeCities(data.cities, (c) => municipalityOf(data, c.id)?.coordinates), query);
}

export function runCities(data: Dataset, query: CityQuery): Listing<PlacedCity> {
  return {
    records: citiesFor(data, query),
    columns: [
      { header: 'id', value: (c) => c.id },
      { header: 'name', value: (c) => c.name },
      { header: 'country', value: (c) => c.country },
      { header: 'country_name', value: countryLabel },
      { header: 'relation', value: (c) => c.relation },
      { header: 'since', value: (c) => c.since },
      { header: 'population', value: (c) => c.population?.count },
      { header: 'population_year', value: (c) => c.population?.year },
      { header: 'distance_km', value: (c) => c.distance_km },
      { header: 'note', value: (c) => c.note },
    ],
    tableColumns: cityTableColumns(data),
  };
}

/**
 * For people: the country by name, the population grouped with the year it was counted; in a
 * merged folder, whose city it is.
 */
function cityTableColumns(data: Dataset): Column<City>[] {
  const population = (c: City) => c.population && `${groupDigits(c.population.count, lang())} (${c.population.year})`;
  const HEADINGS = t().headings;
  const owner: Column<City>[] = data.merge.length > 0 ? [{ header: HEADINGS.municipality, value: (c) => municipalityOf(data, c.id)?.name, names: true }] : [];
  return [
    idColumn(),
    ...owner,
    { header: HEADINGS.name, value: (c) => c.name, note: (c) => c.note, names: true },
    { header: HEADINGS.country, value: countryLabel, names: true },
    { header: HEADINGS.relation, value: (c) => t().words.relation[c.relation] },
    { header: HEADINGS.since, value: (c) => c.since },
    { header: HEADINGS.population, value: population, align: 'right', nowrap: true },
  ];
}

export async function citiesAction(opts: CityQuery & OutputOptions & GlobalOptions & { lines?: boolean }): Promise<void> {
  if (opts.since !== undefined && opts.until !== undefined && opts.since > opts.until) {
    throw new UsageError(t().usage.sinceAfterUntil(opts.since, opts.until));
  }
  const format = outputFormat('cities', opts, CITY_FORMATS);
  requireFormat(format, 'geojson', { '--lines': opts.lines });
  const twins = (data: Dataset) => data.cities.filter((c) => c.relation === 'twin').length;
  const whyEmpty = (data: Dataset) => t().run.noCities(data.cities.length, twins(data));
  if (format !== 'geojson') return listAction('cities', opts, (data) => runCities(data, opts), 'city', whyEmpty);
  const data = await dataset(opts, format);
  const cities = citiesFor(data, opts);
  if (cities.length === 0) warn(whyEmpty(data));
  emitText(toGeoJson(cities, (c) => municipalityOf(data, c.id), opts.lines), opts, cities.length, 'city');
}
