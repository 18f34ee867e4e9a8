import { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, runs } from './options.js';
import { parseDay } from './parse.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `intl import FILE.ics`: calendar events become entries; a second import updates them. */
export function importCommand(): Command {
  const h = t().import;
  return new Command('import')
    .description(h.about)
    .argument('<ics>', h.file)
    .option('--from <date>', h.from, parseDay)
    .option('--to <date>', h.to, parseDay)
    .option('--owner <name:role>', h.owner, collect)
    .option('--dry-run', h.dryRun)
    .addHelpText(
      'after',
      examples(
        'intl import utlandsreiser.ics --owner "Gerhard Dalen:adm"',
        'intl import outlook.ics --from 2026-01-01 --to 2026-12-31 --dry-run',
      ),
    )
    .action(runs('import'));
}
