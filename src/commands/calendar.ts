import { Command, Option } from 'commander';
import { ROLES } from '../model/vocabulary.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { allOptions, examples, withOutputOptions } from './options.js';
import { parseDay, parseDomain, parseMonth, parseYear } from './parse.js';

export function calendarCommand(): Command {
  const cmd = new Command('calendar')
    .description('list calendar entries that touch a year (default: this year), in date order')
    .argument('[year]', 'the year (default: the current year)', parseYear)
    .option('--owner <name>', 'entries with this owner in any role; whole words, any case and accents')
    .addOption(new Option('--role <role>', 'entries with an owner in this role').choices(ROLES))
    .option('--month <month>', 'only this month of the year (1-12)', parseMonth)
    .option('--from <date>', 'entries on or after this day (YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'entries on or before this day (YYYY-MM-DD)', parseDay)
    .option('--search <text>', 'title, location and organiser, ignoring case and accents')
    .option('--include-month-only', 'ics: include entries known only to the month, as all-month events')
    .option('--calendar-name <name>', 'ics: the calendar name Outlook shows')
    .option('--uid-domain <domain>', 'ics: the domain in every event UID (default: intl.invalid)', parseDomain)
    .option('--today <date>', 'pin today, for the default year (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd, CALENDAR_FORMATS)
    .addHelpText(
      'after',
      examples(
        'intl calendar 2017',
        'intl calendar 2017 --owner "Gerhard Dalen" -o dalen.ics',
        'intl calendar 2017 --role pol --format json',
        'intl calendar 2017 --month 6 --format csv --excel -o june.csv',
      ),
    )
    .action(async (year: number | undefined, _opts, command: Command) =>
      (await import('../run/calendar.js')).calendarAction(year, allOptions(command)));
}
