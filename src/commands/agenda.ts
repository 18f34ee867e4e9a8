import { Command } from 'commander';
import { allOptions, examples, withOutputOptions } from './options.js';
import { parseCount, parseDay } from './parse.js';

export function agendaCommand(): Command {
  const cmd = new Command('agenda')
    .description('what is coming up from today, grouped by week')
    .option('--days <n>', 'how many days ahead, today included', parseCount, 30)
    .option('--owner <name>', 'only entries with this owner')
    .option('--today <date>', 'pin today (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl agenda', 'intl agenda --owner dalen --days 60', 'intl agenda --today 2017-06-10 --days 14'))
    .action(async (_opts, command: Command) =>
      (await import('../run/agenda.js')).agendaAction(allOptions(command)));
}
