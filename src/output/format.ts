import { colourLevel } from '../colour.js';
import type { Listing } from './columns.js';
import type { ListFormat } from './formats.js';
import { outputWidth } from './terminal-width.js';

/** Renders a listing; each renderer is loaded only when its format is asked for. */
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
      return (await import('./tsv.js')).toTsv(listing);
    case 'json':
      return (await import('./json.js')).toJson(listing.records);
    case 'csv':
      return (await import('./csv.js')).toCsv(listing, options);
  }
}
