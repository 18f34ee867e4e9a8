import { UsageError } from '../errors.js';
import { lang, t } from '../i18n/index.js';
import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import type { Dataset } from '../model/records.js';
import { idColumn, type Column, type Listing } from '../output/columns.js';
import { groupDigits } from '../output/numbers.js';
import { queryCities, type CityQuery } from '../query/cities.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { listAction } from './shared.js';

/** The country by name in the run's language, with a disputed or changed territory beside it. */
const countryLabel = (c: City) => countryName(c.country, lang()) + (c.territory ? ` (${c.territory})` : '');

export function runCities(data: Dataset, query: CityQuery): Listing<City> {
  return {
    records: queryCities(data.cities, query),
    columns: [
      { header: 'id', value: (c) => c.id },
      { header: 'name', value: (c) => c.name },
      { header: 'country', value: (c) => c.country },
      { header: 'country_name', value: countryLabel },
      { header: 'relation', value: (c) => c.relation },
      { header: 'since', value: (c) => c.since },
      { header: 'population', value: (c) => c.population?.count },
      { header: 'population_year', value: (c) => c.population?.year },
      { header: 'note', value: (c) => c.note },
    ],
    tableColumns: cityTableColumns(),
  };
}

/** For people: the country by name, the population grouped with the year it was counted. */
function cityTableColumns(): Column<City>[] {
  const population = (c: City) => c.population && `${groupDigits(c.population.count, lang())} (${c.population.year})`;
  const HEADINGS = t().headings;
  return [
    idColumn(),
    { header: HEADINGS.name, value: (c) => c.name, note: (c) => c.note, names: true },
    { header: HEADINGS.country, value: countryLabel, names: true },
    { header: HEADINGS.relation, value: (c) => t().words.relation[c.relation] },
    { header: HEADINGS.since, value: (c) => c.since },
    { header: HEADINGS.population, value: population, align: 'right', nowrap: true },
  ];
}

export async function citiesAction(opts: CityQuery & OutputOptions & GlobalOptions): Promise<void> {
  if (opts.since !== undefined && opts.until !== undefined && opts.since > opts.until) {
    throw new UsageError(t().usage.sinceAfterUntil(opts.since, opts.until));
  }
  const twins = (data: Dataset) => data.cities.filter((c) => c.relation === 'twin').length;
  await listAction('cities', opts, (data) => runCities(data, opts), 'city', (data) => t().run.noCities(data.cities.length, twins(data)));
}
