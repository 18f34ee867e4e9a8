import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { allOptions, examples, withOutputOptions } from './options.js';
import { parseDay, parseYear } from './parse.js';

export function statsCommand(): Command {
  const h = t().help;
  const cmd = new Command('stats')
    .description(h.stats.about)
    .argument('[year]', h.stats.year, parseYear)
    .option('--today <date>', h.today, parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl stats 2017', 'intl stats 2017 --format json', 'intl stats --format csv --excel -o stats.csv'))
    .action(async (year: number | undefined, _opts, command: Command) =>
      (await import('../run/stats.js')).statsAction(year, allOptions(command)));
}
