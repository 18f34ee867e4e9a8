import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { examples, runs, withOutputOptions } from './options.js';
import { parseCount, parseDay, parseDomain, parseYear } from './parse.js';

export function anniversariesCommand(): Command {
  const h = t().help;
  const a = h.anniversaries;
  const cmd = new Command('anniversaries')
    .description(a.about)
    .argument('[year]', h.year, parseYear)
    .option('--every <n>', a.every, parseCount, 5)
    .option('--from <year>', a.from, parseYear)
    .option('--to <year>', a.to, parseYear)
    .option('--today <date>', h.today, parseDay)
    .option('--calendar-name <name>', h.calendar.calendarName)
    .option('--uid-domain <domain>', h.calendar.uidDomain, parseDomain);
  return withOutputOptions(cmd, CALENDAR_FORMATS)
    .addHelpText(
      'after',
      examples(
        'intl anniversaries 2026',
        'intl anniversaries --from 2026 --to 2030 --every 10',
        'intl anniversaries 2026 -o jubilees.ics',
        'intl anniversaries 2025 --format json',
      ),
    )
    .action(runs('anniversaries'));
}
