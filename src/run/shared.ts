import { isatty } from 'node:tty';
import { cacheDir } from '../data/cache-dir.js';
import { resolveDataDir } from '../data/default-data-dir.js';
import { loadValidDataset } from '../data/load-dataset.js';
import type { GlobalOptions, OutputOptions } from '../commands/options.js';
import type { Dataset } from '../model/records.js';
import type { Listing } from '../output/columns.js';
import { chooseFormat, renderListing } from '../output/format.js';
import { LIST_FORMATS, type ListFormat } from '../output/formats.js';
import { writeOutput } from '../output/write-output.js';

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
  return chooseFormat(formats, opts.format as F | undefined, opts.output, isatty(1));
}

/** Writes finished output where -o says (stdout by default), never over a data file. */
export function emitText(text: string, opts: OutputOptions & GlobalOptions): void {
  writeOutput(text, opts.output, resolveDataDir(opts.data));
}

/** Renders a listing in the format chosen (by default from the options) and writes it. */
export async function emit<T>(
  listing: Listing<T>,
  opts: OutputOptions & GlobalOptions,
  format: ListFormat = outputFormat(opts, LIST_FORMATS),
): Promise<void> {
  emitText(await renderListing(listing, format, { excel: opts.excel, colour: opts.color }), opts);
}

/** A message for the person running the command; stdout stays data only. */
export function warn(message: string): void {
  process.stderr.write(`intl: ${message}\n`);
}
