import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { CI_FORMATS } from '../output/formats.js';
import { examples, runs } from './options.js';

export function validateCommand(): Command {
  return new Command('validate')
    .description(t().help.validate.about)
    .option('--all', t().validate.all)
    .addOption(new Option('--format <format>', t().pipeline.format).choices(CI_FORMATS).default('text'))
    .addHelpText('after', examples('intl validate', 'intl validate --all', 'intl validate --data ../bergen-data', 'INTL_DATA=./data intl validate', 'intl validate --format github', 'intl validate --format gitlab > gl-code-quality-report.json'))
    .action(runs('validate'));
}
