import { Command, Option } from 'commander';
import { CITY_SORTS, RELATIONS } from '../model/vocabulary.js';
import { allOptions, examples, withOutputOptions } from './options.js';
import { parseYear } from './parse.js';

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
    .action(async (_opts, command: Command) =>
      (await import('../run/cities.js')).citiesAction(allOptions(command)));
}
