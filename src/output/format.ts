import { colourLevel } from '../colour.js';
import type { Listing } from './columns.js';
import type { ListFormat } from './formats.js';
import { outputWidth } from './terminal-width.js';
import { toJson } from './json.js';
import { toTsv } from './tsv.js';

/** Renders a listing; the table and CSV renderers, with their libraries, are loaded only when asked for. */
export async function renderListing<T>(
  listing: Listing<T>,
  format: ListFormat,
  options: { excel?: boolean; colour?: boolean; wide?: boolean } = {},
): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).toTable(listing, {
        level: colourLevel(options.colour !== false),
        width: outputWidth(),
        wide: options.wide,
      });
    case 'tsv':
      return toTsv(listing);
    case 'json':
      return toJson(listing.records);
    case 'csv':
      return (await import('./csv.js')).toCsv(listing, options);
  }
}
