import { Argument, Command } from 'commander';
import { DATA_VALUES } from '../completion/spec.js';
import { runs } from './options.js';

/**
 * The hidden `intl __complete WHAT [PREFIX]` that completion scripts call on a TAB: the data's
 * owners, country codes or ids, one a line, from the cache. Not for people, so not in the help.
 */
export function completeCommand(): Command {
  return new Command('__complete')
    .addArgument(new Argument('<what>').choices(DATA_VALUES))
    .argument('[prefix]')
    .action(runs('__complete'));
}
