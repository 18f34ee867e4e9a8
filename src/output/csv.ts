import { stringify } from 'csv-stringify/sync';
import { t } from '../i18n/index.js';
import { cells, type Listing } from './columns.js';

export interface CsvOptions {
  /** What a Norwegian Excel opens right on double-click: BOM, `;`, CRLF, headings in words. */
  excel?: boolean;
}

/**
 * RFC 4180 CSV with a header row. Text cells that a spreadsheet would run as a formula get a
 * leading apostrophe; numbers stay numbers, so `-5` is not touched.
 */
export function toCsv<T>(listing: Listing<T>, options: CsvOptions = {}): string {
  const rows = cells(listing.records, listing.columns).map((row) => row.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
  // Plain CSV is for programs and keeps the field names; the Excel file is for people.
  const header = listing.columns.map((c) => (options.excel ? (t().fields[c.header] ?? c.header) : c.header));
  return stringify([header, ...rows], {
    bom: options.excel === true,
    delimiter: options.excel ? ';' : ',',
    record_delimiter: '\r\n',
  });
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
