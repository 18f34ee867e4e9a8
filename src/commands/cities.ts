import { Command, Option } from 'commander';
import { CITY_SORTS, RELATIONS } from '../model/vocabulary.js';
import { CITY_FORMATS } from '../output/formats.js';
import { t } from '../i18n/index.js';
import { examples, runs, withOutputOptions } from './options.js';
import { parseYear } from './parse.js';

export function citiesCommand(): Command {
  const h = t().help.cities;
  const cmd = new Command('cities')
    .description(h.about)
    .option('--since <year>', h.since, parseYear)
    .option('--until <year>', h.until, parseYear)
    .addOption(new Option('--relation <relation>', h.relation).choices([...RELATIONS, 'all']).default('twin'))
    .option('--country <country>', h.country)
    .option('--search <text>', h.search)
    .addOption(new Option('--sort <key>', h.sort).choices(CITY_SORTS).default('name'))
    .option('--lines', t().site.lines);
  return withOutputOptions(cmd, CITY_FORMATS)
    .addHelpText(
      'after',
      examples(
        'intl cities --since 1946',
        'intl cities --relation all --sort since',
        'intl cities --search kopavogur --format json',
        'intl cities --country Sverige -o cities.csv --excel',
        'intl cities --relation all --sort distance',
        'intl cities --format geojson --lines -o cities.geojson',
      ),
    )
    .action(runs('cities'));
}
