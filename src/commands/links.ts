import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { LINK_TYPES } from '../model/vocabulary.js';
import { examples, runs, withOutputOptions } from './options.js';

export function linksCommand(): Command {
  const h = t().help.links;
  const cmd = new Command('links')
    .description(h.about)
    .addOption(new Option('--type <type>', h.type).choices(LINK_TYPES))
    .option('--search <text>', h.search);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl links', 'intl links --type strategy --format json'))
    .action(runs('links'));
}
