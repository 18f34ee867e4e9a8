import { Command, Option } from 'commander';
import { LIST_FORMATS } from '../output/formats.js';

export interface GlobalOptions {
  data?: string;
  cache?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export interface OutputOptions {
  format?: string;
  output?: string;
  excel?: boolean;
}

/** `--format`, `-o` and `--excel`, shared by every command that prints records. */
export function withOutputOptions(cmd: Command, formats: readonly string[] = LIST_FORMATS): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, else tsv)').choices(formats))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout; - is stdout')
    .option('--excel', 'with csv: what a Norwegian Excel opens right (BOM, semicolons)');
}

/** The command's global options merged with its own, as commander gives them to an action. */
export function allOptions<T>(cmd: Command): T & GlobalOptions {
  return cmd.optsWithGlobals() as T & GlobalOptions;
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
