import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { queryCities, type CityQuery } from '../query/cities.js';
import type { OutputOptions, GlobalOptions } from '../commands/options.js';
import { dataset, emit, listFormat } from './shared.js';

export function runCities(data: Dataset, query: CityQuery): Listing<City> {
  return {
    records: queryCities(data.cities, query),
    columns: [
      { header: 'id', value: (c) => c.id },
      { header: 'name', value: (c) => c.name },
      { header: 'country', value: (c) => c.country },
      { header: 'country_name', value: (c) => countryName(c.country) + (c.territory ? ` (${c.territory})` : '') },
      { header: 'relation', value: (c) => c.relation },
      { header: 'since', value: (c) => c.since },
      { header: 'population', value: (c) => c.population?.count },
      { header: 'population_year', value: (c) => c.population?.year },
      { header: 'note', value: (c) => c.note },
    ],
    note: (c) => c.note,
  };
}

export async function citiesAction(opts: CityQuery & OutputOptions & GlobalOptions): Promise<void> {
  const format = listFormat('cities', opts);
  await emit(runCities(await dataset(opts), opts), opts, format, 'city');
}
