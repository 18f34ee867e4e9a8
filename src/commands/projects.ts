import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs, withOutputOptions } from './options.js';

export function projectsCommand(): Command {
  const h = t().help.projects;
  const cmd = new Command('projects').description(h.about).option('--search <text>', h.search);
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl projects', 'intl projects --search romania --format json'))
    .action(runs('projects'));
}
