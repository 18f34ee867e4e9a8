import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';

export function schemaCommand(): Command {
  const h = t().help;
  return new Command('schema')
    .description(h.schema.about)
    .option('-o, --output <file>', h.output)
    .addHelpText('after', examples('intl schema > schema/intl-data.schema.json', 'intl schema -o ../bergen-data/intl-data.schema.json'))
    .action(runs('schema'));
}
