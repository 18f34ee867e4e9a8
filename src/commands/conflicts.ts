import { Command } from 'commander';
import { allOptions, examples, withOutputOptions } from './options.js';
import { parseDay, parseYear } from './parse.js';

export function conflictsCommand(): Command {
  const cmd = new Command('conflicts')
    .description('pairs of entries whose days overlap for the same owner')
    .argument('[year]', 'the year (default: the current year)', parseYear)
    .option('--owner <name>', 'only this owner')
    .option('--today <date>', 'pin today, for the default year (also INTL_TODAY)', parseDay);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl conflicts 2017', 'intl conflicts 2017 --owner "Gerhard Dalen"'))
    .action(async (year: number | undefined, _opts, command: Command) =>
      (await import('../run/conflicts.js')).conflictsAction(year, allOptions(command)));
}
