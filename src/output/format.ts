import { extname } from 'node:path';
import { toCsv } from './csv.js';
import type { Listing } from './columns.js';
import { toJson } from './json.js';
import { toTable } from './table.js';
import { toTsv } from './tsv.js';

export const LIST_FORMATS = ['table', 'tsv', 'json', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

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

export function renderListing<T>(listing: Listing<T>, format: ListFormat, options: { excel?: boolean } = {}): string {
  switch (format) {
    case 'table':
      return toTable(listing);
    case 'tsv':
      return toTsv(listing);
    case 'json':
      return toJson(listing.records);
    case 'csv':
      return toCsv(listing, options);
  }
}
