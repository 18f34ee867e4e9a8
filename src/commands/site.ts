import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';

export function siteCommand(): Command {
  const h = t().site;
  return new Command('site')
    .description(h.about)
    .requiredOption('-o, --output <dir>', h.output)
    .addHelpText('after', examples('intl site -o public', 'SOURCE_DATE_EPOCH=1700000000 intl site -o public'))
    .action(runs('site'));
}
