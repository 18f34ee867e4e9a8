import { Command } from 'commander';
import { allOptions, examples, withOutputOptions } from './options.js';

export function projectsCommand(): Command {
  const cmd = new Command('projects')
    .description('list cooperation projects')
    .option('--search <text>', 'names, goals and cities, ignoring case and accents');
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl projects', 'intl projects --search romania --format json'))
    .action(async (_opts, command: Command) =>
      (await import('../run/projects.js')).projectsAction(allOptions(command)));
}
