import { cacheDir } from '../data/cache-dir.js';
import { resolveDataDir } from '../data/default-data-dir.js';
import { loadValidDataset, type LoadOptions } from '../data/load-dataset.js';
import type { GlobalOptions, OutputOptions } from './action-options.js';
import { UsageError } from '../errors.js';
import { t, type Noun } from '../i18n/index.js';
import type { Dataset } from '../model/records.js';
import { forAudience } from '../query/audience.js';
import { yearsCovered } from '../query/calendar.js';
import { chooseFormat } from '../output/choose-format.js';
import type { Listing } from '../output/columns.js';
import { renderListing } from '../output/format.js';
import { isTerminal } from '../output/is-terminal.js';
import { LIST_FORMATS, type ListFormat } from '../output/formats.js';
import { writeOutput } from '../output/write-output.js';
import { writeStderr } from '../output/write-stderr.js';
import { progressOption } from './progress.js';

/**
 * How a command loads its data: validated records cached between runs (unless --no-cache), and a
 * progress bar on a terminal for a long first read.
 */
export function loadOptions(opts: GlobalOptions): LoadOptions {
  return { cacheDir: opts.cache === false ? undefined : cacheDir(), ...progressOption(opts) };
}

/**
 * Loads the data folder the options point at, refusing invalid data, with what this output's
 * audience may see: no internal records with --public; notes in a table, or with --notes.
 */
export async function dataset(opts: GlobalOptions, format: string): Promise<Dataset> {
  const data = await loadValidDataset(resolveDataDir(opts.data), loadOptions(opts));
  return forAudience(data, { publicOnly: opts.public, notes: opts.notes || format === 'table' });
}

/**
 * The format asked for, or the one -o's extension or the terminal implies; decided before the
 * data is read, so a wrong request writes nothing. `--excel` is refused with any format but csv.
 */
export function outputFormat<F extends string>(
  command: string,
  opts: OutputOptions,
  formats: readonly F[],
): F | 'table' | 'tsv' {
  const format = chooseFormat({ command, formats, asked: opts.format as F | undefined, output: opts.output, terminal: isTerminal(1) });
  requireFormat(format, 'csv', { '--excel': opts.excel });
  return format;
}

/** Options that only mean something in one format are a usage error with any other. */
export function requireFormat(format: string, needed: string, options: Record<string, unknown>): void {
  const given = Object.keys(options).filter((name) => options[name] !== undefined && options[name] !== false);
  if (format === needed || given.length === 0) return;
  throw new UsageError(t().usage.needsFormat(given, needed, format));
}

/** Writes finished output where -o says (stdout by default), never over a data file; says what it wrote. */
export function emitText(text: string, opts: OutputOptions & GlobalOptions, count: number, noun: Noun): void {
  writeOutput(text, opts.output, resolveDataDir(opts.data));
  if (opts.output !== undefined && opts.output !== '-' && !opts.quiet) {
    warn(t().files.wrote(count, noun, opts.output));
  }
}

/** Renders a listing in the format chosen and writes it. */
export async function emit<T>(
  listing: Listing<T>,
  opts: OutputOptions & GlobalOptions,
  format: ListFormat,
  noun: Noun,
): Promise<void> {
  // Without notes, the note column of tsv and csv would stand empty: it goes too.
  const columns = opts.notes ? listing.columns : listing.columns.filter((c) => c.header !== 'note');
  const text = await renderListing({ ...listing, columns }, format, { excel: opts.excel, colour: opts.color, wide: opts.wide });
  emitText(text, opts, listing.records.length, noun);
}

/**
 * The whole of a listing command: the format first (so a wrong request writes nothing), then the
 * data its audience may see, the listing, a word on stderr when it is empty, and the output.
 */
export async function listAction<T>(
  command: string,
  opts: OutputOptions & GlobalOptions,
  list: (data: Dataset) => Listing<T>,
  noun: Noun,
  whyEmpty: (data: Dataset) => string,
): Promise<void> {
  const format = listFormat(command, opts);
  const data = await dataset(opts, format);
  const listing = list(data);
  if (listing.records.length === 0) warn(whyEmpty(data));
  await emit(listing, opts, format, noun);
}

/** The listing formats for a command, decided before loading. */
export function listFormat(command: string, opts: OutputOptions): ListFormat {
  return outputFormat(command, opts, LIST_FORMATS);
}

/** The years the calendar covers, in words, for saying why a result is empty. */
export function covers(data: Dataset): string {
  const years = yearsCovered(data.calendar);
  return years.length > 0 ? years.join(', ') : t().run.noYear;
}

/** A message for the person running the command; stdout stays data only. */
export function warn(message: string): void {
  writeStderr(`intl: ${message}\n`);
}
