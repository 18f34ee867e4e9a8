import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { allOptions, examples } from './options.js';

export function validateCommand(): Command {
  return new Command('validate')
    .description(t().help.validate.about)
    .option('--all', t().validate.all)
    .addHelpText('after', examples('intl validate', 'intl validate --all', 'intl validate --data ../bergen-data', 'INTL_DATA=./data intl validate'))
    .action(async (_opts, command: Command) =>
      (await import('../run/validate.js')).validateAction(allOptions<{ all?: boolean }>(command)));
}
