import { Command, Option } from 'commander';
import { ROLES } from '../model/vocabulary.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { t } from '../i18n/index.js';
import { examples, runs, withIcsOptions, withOutputOptions } from './options.js';
import { parseDay, parseMonth, parseYear } from './parse.js';

export function calendarCommand(): Command {
  const h = t().help;
  const c = h.calendar;
  const cmd = new Command('calendar')
    .description(c.about)
    .argument('[year]', h.year, parseYear)
    .option('--owner <name>', c.owner)
    .addOption(new Option('--role <role>', c.role).choices(ROLES))
    .option('--month <month>', c.month, parseMonth)
    .option('--from <date>', c.from, parseDay)
    .option('--to <date>', c.to, parseDay)
    .option('--search <text>', c.search)
    .option('--city <city>', c.city)
    .option('--network <network>', c.network)
    .option('--today <date>', h.today, parseDay);
  return withOutputOptions(withIcsOptions(cmd), CALENDAR_FORMATS)
    .addHelpText(
      'after',
      examples(
        'intl calendar 2017',
        'intl calendar 2017 --owner "Gerhard Dalen" -o dalen.ics',
        'intl calendar 2017 --role pol --format json',
        'intl calendar 2017 --network "nordisk plattform"',
        'intl calendar 2017 --month 6 --format csv --excel -o june.csv',
      ) + `\n${h.roles}\n`,
    )
    .action(runs('calendar'));
}
