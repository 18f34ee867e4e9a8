import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';

export function setCommand(): Command {
  const h = t().help.set;
  return new Command('set')
    .description(h.about)
    .argument('<id>', h.id)
    .argument('<field=value...>', h.assignments)
    .option('--dry-run', t().help.add.dryRun)
    .addHelpText('after', examples('intl set 2017-home-guard-exchange location="Trondheim rådhus"', 'intl set darmstadt population.count=159207 population.year=2022'))
    .action(runs('set'));
}
