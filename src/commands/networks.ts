import { Command, Option } from 'commander';
import { NETWORK_TYPES } from '../model/vocabulary.js';
import { allOptions, examples, withOutputOptions } from './options.js';

export function networksCommand(): Command {
  const cmd = new Command('networks')
    .description('list the networks, forums and platforms the municipality takes part in')
    .addOption(new Option('--type <type>', 'only this kind').choices(NETWORK_TYPES))
    .option('--search <text>', 'names and purpose, ignoring case and accents');
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl networks', 'intl networks --type platform --format json', 'intl networks --search nordic'))
    .action(async (_opts, command: Command) =>
      (await import('../run/networks.js')).networksAction(allOptions(command)));
}
