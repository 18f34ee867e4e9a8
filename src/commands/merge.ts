import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { CI_FORMATS } from '../output/formats.js';
import { examples, runs } from './options.js';

/** `intl merge DIR... -o OUT`: several municipalities' folders as one. */
export function mergeCommand(): Command {
  const h = t().merge;
  return new Command('merge')
    .description(h.about)
    .argument('<dir...>', h.dirs)
    .requiredOption('-o, --output <dir>', h.output)
    .addOption(new Option('--format <format>', t().pipeline.format).choices(CI_FORMATS).default('text'))
    .addHelpText(
      'after',
      examples('intl merge trondheim kopavogur odense -o nordic', 'intl cities --data nordic --relation all', 'intl merge kommuner/* -o norge --format github'),
    )
    .action(runs('merge'));
}
