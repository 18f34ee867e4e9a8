import { Command, Option } from 'commander';
import { NETWORK_TYPES } from '../model/vocabulary.js';
import { t } from '../i18n/index.js';
import { examples, runs, withOutputOptions } from './options.js';

export function networksCommand(): Command {
  const h = t().help.networks;
  const cmd = new Command('networks')
    .description(h.about)
    .addOption(new Option('--type <type>', h.type).choices(NETWORK_TYPES))
    .option('--search <text>', h.search);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl networks', 'intl networks --type platform --format json', 'intl networks --search nordic'))
    .action(runs('networks'));
}
