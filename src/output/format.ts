import { extname } from 'node:path';
import { colourLevel } from '../colour.js';
import type { Listing } from './columns.js';
import type { ListFormat } from './formats.js';


/**
 * The format asked for; else the one the output file's extension names (`-o cities.csv`);
 * else a table for a person at a terminal and tab-separated lines for a pipe or a file.
 */
export function chooseFormat<F extends string>(
  known: readonly F[],
  asked: F | undefined,
  output: string | undefined,
  terminal: boolean,
): F | 'table' | 'tsv' {
  if (asked) return asked;
  const ext = output && output !== '-' ? extname(output).slice(1).toLowerCase() : '';
  if ((known as readonly string[]).includes(ext)) return ext as F;
  return terminal && (output === undefined || output === '-') ? 'table' : 'tsv';
}

/** Renders a listing; each renderer is loaded only when its format is asked for. */
export async function renderListing<T>(
  listing: Listing<T>,
  format: ListFormat,
  options: { excel?: boolean; colour?: boolean } = {},
): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).toTable(listing, colourLevel(options.colour !== false));
    case 'tsv':
      return (await import('./tsv.js')).toTsv(listing);
    case 'json':
      return (await import('./json.js')).toJson(listing.records);
    case 'csv':
      return (await import('./csv.js')).toCsv(listing, options);
  }
}
