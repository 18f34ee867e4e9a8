import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { allOptions, examples } from './options.js';

export function schemaCommand(): Command {
  const h = t().help;
  return new Command('schema')
    .description(h.schema.about)
    .option('-o, --output <file>', h.output)
    .addHelpText('after', examples('intl schema > schema/intl-data.schema.json', 'intl schema -o ../bergen-data/intl-data.schema.json'))
    .action(async (_opts, command: Command) => (await import('../run/schema.js')).schemaAction(allOptions(command)));
}
