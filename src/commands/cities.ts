import { Command, Option } from 'commander';
import { countryName } from '../model/countries.js';
import type { City } from '../model/city.js';
import { RELATIONS } from '../model/vocabulary.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { CITY_SORTS, queryCities, type CityQuery } from '../query/cities.js';
import { allOptions, dataset, emit, examples, withOutputOptions, type OutputOptions } from './listing.js';
import { parseYear } from './parse.js';

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
    ],
  };
}

export function citiesCommand(): Command {
  const cmd = new Command('cities')
    .description('list the twin cities and other city relations')
    .option('--since <year>', 'relations that began in or after YEAR', parseYear)
    .option('--until <year>', 'relations that began in or before YEAR', parseYear)
    .addOption(
      new Option('--relation <relation>', 'which relations to list').choices([...RELATIONS, 'all']).default('twin'),
    )
    .option('--country <country>', 'an ISO code (SE) or a country name (Sweden, Sverige)')
    .option('--search <text>', 'names and other names, ignoring case and accents')
    .addOption(new Option('--sort <key>', 'sort order').choices(CITY_SORTS).default('name'));
  return withOutputOptions(cmd)
    .addHelpText(
      'after',
      examples(
        'intl cities --since 1946',
        'intl cities --relation all --sort since',
        'intl cities --search kopavogur --format json',
        'intl cities --country Sverige -o cities.csv --excel',
      ),
    )
    .action(async (_opts, command: Command) => {
      const opts = allOptions<CityQuery & OutputOptions>(command);
      await emit(runCities(await dataset(opts), opts), opts);
    });
}
