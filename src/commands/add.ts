import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { NETWORK_TYPES, RELATIONS } from '../model/vocabulary.js';
import { examples, runs } from './options.js';
import { parseDay, parseYear } from './parse.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `intl add city|network|project|entry`, with an option for every field of each. */
export function addCommand(): Command {
  const h = t().help.add;
  const add = new Command('add').description(h.about);
  const sub = (what: 'city' | 'network' | 'project' | 'entry', fields: (cmd: Command) => Command) => {
    const cmd = fields(new Command(what).description(h.about))
      .option('--id <id>', h.id)
      .option('--url <url>', h.field('url'))
      .addOption(new Option('--visibility <visibility>', h.field('visibility')).choices(['public', 'internal']))
      .option('--file <file>', h.file)
      .option('--dry-run', h.dryRun)
      .action(runs('add', what));
    add.addCommand(cmd);
  };
  sub('entry', (c) =>
    c
      .option('--title <text>', h.field('title'))
      .option('--subtitle <text>', h.field('subtitle'))
      .option('--start <date>', h.field('start (YYYY-MM-DD, or YYYY-MM)'))
      .option('--end <date>', h.field('end (YYYY-MM-DD)'), parseDay)
      .option('--time <time>', h.field('time (10:00 or 10:00-12:00)'))
      .option('--location <text>', h.field('location'))
      .option('--organiser <text>', h.field('organiser'))
      .option('--description <text>', h.field('description'))
      .option('--owner <name:role>', h.owner, collect)
      .option('--city <id>', h.city, collect)
      .option('--network <id>', h.network, collect),
  );
  sub('city', (c) =>
    c
      .option('--name <text>', h.field('name'))
      .option('--country <code>', h.field('country (ISO code)'))
      .addOption(new Option('--relation <relation>', h.field('relation')).choices(RELATIONS))
      .option('--since <year>', h.field('since'), parseYear),
  );
  sub('network', (c) =>
    c
      .option('--name <text>', h.field('name'))
      .addOption(new Option('--type <type>', h.field('type')).choices(NETWORK_TYPES))
      .option('--since <year>', h.field('since'), parseYear)
      .option('--purpose <text>', h.field('purpose'))
      .option('--city <id>', h.city, collect),
  );
  sub('project', (c) =>
    c
      .option('--name <text>', h.field('name'))
      .option('--start <date>', h.field('start'))
      .option('--end <date>', h.field('end'))
      .option('--goal <text>', h.field('goal'))
      .option('--country <code>', h.field('countries (ISO codes)'), collect)
      .option('--city <id>', h.city, collect),
  );
  return add.addHelpText(
    'after',
    examples(
      'intl add entry --title "Besøk fra Odense" --start 2026-12-03 --owner "Gerhard Dalen:adm" --city odense',
      'intl add city --name Bergen --country NO --relation partner --dry-run',
    ),
  );
}
