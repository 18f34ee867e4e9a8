import { Command, Option } from 'commander';
import { cacheDir } from '../data/cache.js';
import { resolveDataDir } from '../data/default-data-dir.js';
import { findDataFiles } from '../data/find-files.js';
import { loadValidDataset } from '../data/load-dataset.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { chooseFormat, LIST_FORMATS, renderListing } from '../output/format.js';
import { writeOutput } from '../output/write-output.js';

export interface GlobalOptions {
  data?: string;
  cache?: boolean;
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

/** Where validated records are cached between runs, unless --no-cache. */
export function cacheOption(opts: GlobalOptions): { cacheDir?: string } {
  return { cacheDir: opts.cache === false ? undefined : cacheDir() };
}

/** Loads the data folder the options point at, refusing invalid data. */
export function dataset(opts: GlobalOptions): Promise<Dataset> {
  return loadValidDataset(resolveDataDir(opts.data), cacheOption(opts));
}

/** The format asked for, or the one -o's extension or the terminal implies. */
export function outputFormat<F extends string>(opts: OutputOptions, formats: readonly F[]): F | 'table' | 'tsv' {
  return chooseFormat(formats, opts.format as F | undefined, opts.output, process.stdout.isTTY === true);
}

/** Writes finished output where -o says (stdout by default), never over a data file. */
export function emitText(text: string, opts: OutputOptions & GlobalOptions): void {
  const dataFiles = opts.output && opts.output !== '-' ? findDataFiles(resolveDataDir(opts.data)).files : [];
  writeOutput(text, opts.output, dataFiles);
}

/** Renders a listing in the chosen format and writes it. */
export async function emit<T>(listing: Listing<T>, opts: OutputOptions & GlobalOptions): Promise<void> {
  emitText(await renderListing(listing, outputFormat(opts, LIST_FORMATS), { excel: opts.excel }), opts);
}

/** A message for the person running the command; stdout stays data only. */
export function warn(message: string): void {
  process.stderr.write(`intl: ${message}\n`);
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
