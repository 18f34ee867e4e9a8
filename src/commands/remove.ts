import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';

export function removeCommand(): Command {
  const h = t().help.remove;
  return new Command('remove')
    .description(h.about)
    .argument('<id>', h.id)
    .option('--dry-run', t().help.add.dryRun)
    .addHelpText('after', examples('intl remove 2017-eu-crash-course --dry-run'))
    .action(runs('remove'));
}
