import { Command } from 'commander';
import { allOptions, examples } from './options.js';

export function validateCommand(): Command {
  return new Command('validate')
    .description('check a data folder and report every problem with file, line and column')
    .addHelpText('after', examples('intl validate', 'intl validate --data ../bergen-data', 'INTL_DATA=./data intl validate'))
    .action(async (_opts, command: Command) =>
      (await import('../run/validate.js')).validateAction(allOptions(command)));
}
