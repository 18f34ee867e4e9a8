import { Command, Option } from 'commander';
import { LIST_FORMATS } from '../output/formats.js';

export interface GlobalOptions {
  data?: string;
  cache?: boolean;
  /** false with --no-color. */
  color?: boolean;
  /** --quiet: no message on success. */
  quiet?: boolean;
}

export interface OutputOptions {
  format?: string;
  output?: string;
  excel?: boolean;
  /** --wide: tables also show the record id. */
  wide?: boolean;
}

/** `--format`, `-o`, `--excel` and `--wide`, shared by every command that prints records. */
export function withOutputOptions(cmd: Command, formats: readonly string[] = LIST_FORMATS): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, else tsv)').choices(formats))
    .option('-o, --output <file>', 'write to a file instead of stdout (a file is replaced only once complete); - is stdout')
    .option('--excel', 'with --format csv: what a Norwegian Excel opens right (BOM, semicolons)')
    .option('--wide', 'tables also show the record id (tsv, csv and json always have it)');
}

/** The command's global options merged with its own, as commander gives them to an action. */
export function allOptions<T>(cmd: Command): T & GlobalOptions {
  return cmd.optsWithGlobals() as T & GlobalOptions;
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
