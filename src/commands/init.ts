import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';
import { parseDay } from './parse.js';

export function initCommand(): Command {
  const h = t().help.init;
  return new Command('init')
    .description(h.about)
    .argument('<dir>', h.dir)
    .requiredOption('--municipality <name>', h.municipality)
    .requiredOption('--country <code>', h.country)
    .option('--today <date>', t().help.today, parseDay)
    .option('--intl-package <spec>', t().pipeline.intlPackage)
    .addHelpText('after', examples('intl init bergen-data --municipality "Bergen kommune" --country NO', 'intl validate --data bergen-data'))
    .action(runs('init'));
}
