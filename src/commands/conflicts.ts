import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs, withOutputOptions } from './options.js';
import { parseDay, parseYear } from './parse.js';

export function conflictsCommand(): Command {
  const h = t().help;
  const cmd = new Command('conflicts')
    .description(h.conflicts.about)
    .argument('[year]', h.year, parseYear)
    .option('--owner <name>', h.conflicts.owner)
    .option('--today <date>', h.today, parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl conflicts 2017', 'intl conflicts 2017 --owner "Gerhard Dalen"'))
    .action(runs('conflicts'));
}
