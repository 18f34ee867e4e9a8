import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { CALENDAR_FORMATS } from '../output/formats.js';
import { examples, runs, withIcsOptions, withOutputOptions } from './options.js';
import { parseCount, parseDay } from './parse.js';

export function agendaCommand(): Command {
  const h = t().help.agenda;
  const cmd = new Command('agenda')
    .description(h.about)
    .option('--days <n>', h.days, parseCount, 30)
    .option('--owner <name>', h.owner)
    .option('--today <date>', h.today, parseDay);
  return withOutputOptions(withIcsOptions(cmd), CALENDAR_FORMATS)
    .addHelpText('after', examples('intl agenda', 'intl agenda --owner dalen --days 60', 'intl agenda --today 2017-06-10 --days 14 -o weeks.ics'))
    .action(runs('agenda'));
}
