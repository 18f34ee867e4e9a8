import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs, withOutputOptions } from './options.js';
import { parseDay, parseYear } from './parse.js';

export function statsCommand(): Command {
  const h = t().help;
  const cmd = new Command('stats')
    .description(h.stats.about)
    .argument('[year]', h.stats.year, parseYear)
    .option('--today <date>', h.today, parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl stats 2017', 'intl stats 2017 --format json', 'intl stats --format csv --excel -o stats.csv'))
    .action(runs('stats'));
}
