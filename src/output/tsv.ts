import { cells, type Listing } from './columns.js';

/** Tab-separated lines without a header, for `cut`, `sort` and `while read`: one record a line. */
export function toTsv<T>(listing: Listing<T>): string {
  return cells(listing.records, listing.columns)
    .map((row) => row.map((v) => (v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '))).join('\t'))
    .map((line) => `${line}\n`)
    .join('');
}
