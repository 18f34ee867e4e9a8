import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { LIST_FORMATS } from '../output/formats.js';
import type { GlobalOptions } from '../run/action-options.js';

/** `--format`, `-o`, `--excel` and `--wide`, shared by every command that prints records. */
export function withOutputOptions(cmd: Command, formats: readonly string[] = LIST_FORMATS): Command {
  const h = t().help;
  return cmd
    .addOption(new Option('--format <format>', h.format).choices(formats))
    .option('-o, --output <file>', h.output)
    .option('--excel', h.excel)
    .option('--wide', h.wide);
}

/** The command's global options merged with its own, as commander gives them to an action. */
export function allOptions<T>(cmd: Command): T & GlobalOptions {
  return cmd.optsWithGlobals() as T & GlobalOptions;
}

export function examples(...lines: string[]): string {
  return `\n${t().help.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
