import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import type { Dataset } from '../model/records.js';
import { idColumn, type Column, type Listing } from '../output/columns.js';
import { groupDigits } from '../output/numbers.js';
import { queryCities, type CityQuery } from '../query/cities.js';
import type { OutputOptions, GlobalOptions } from '../commands/options.js';
import { dataset, emit, listFormat } from './shared.js';

/** Table headings, short so that the table fits 80 columns. */
const HEADINGS = { name: 'name', country: 'country', relation: 'relation', since: 'since', population: 'population' };

const countryLabel = (c: City) => countryName(c.country) + (c.territory ? ` (${c.territory})` : '');

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
  const population = (c: City) => c.population && `${groupDigits(c.population.count)} (${c.population.year})`;
  return [
    idColumn(),
    { header: HEADINGS.name, value: (c) => c.name, note: (c) => c.note, names: true },
    { header: HEADINGS.country, value: countryLabel, names: true },
    { header: HEADINGS.relation, value: (c) => c.relation },
    { header: HEADINGS.since, value: (c) => c.since },
    { header: HEADINGS.population, value: population, align: 'right', nowrap: true },
  ];
}

export async function citiesAction(opts: CityQuery & OutputOptions & GlobalOptions): Promise<void> {
  const format = listFormat('cities', opts);
  await emit(runCities(await dataset(opts), opts), opts, format, ['city', 'cities']);
}
