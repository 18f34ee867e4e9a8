import chalk from 'chalk';
import type { Column, Listing } from './columns.js';
import { drawTable, tableFrame } from './draw-table.js';
import { fitWidths, type ColumnText } from './fit-widths.js';
import { footnoteLines, withFootnotes } from './footnotes.js';
import { shownColumns } from './table-columns.js';

export interface TableOptions {
  /** Colour level (see colour.ts); 0 is none. */
  level?: 0 | 1 | 2 | 3;
  /** The width to fit, in characters. */
  width?: number;
  /** Also the columns only --wide shows, such as the record id. */
  wide?: boolean;
}

/**
 * Tables for people at a terminal: fitted to the width by wrapping cells within their columns,
 * notes as numbered footnotes under the table. Sections (one per week) share one set of widths.
 */
export function toTable<T>(listing: Listing<T>, options: TableOptions = {}): string {
  chalk.level = options.level ?? 0;
  const width = options.width ?? 80;
  const columns = shownColumns(listing, options.wide === true);
  const { grid, notes } = withFootnotes(listing.records, columns);
  const widths = fitWidths(texts(columns, grid), width - tableFrame(columns.length));
  const body = sections(listing, grid)
    .map(([heading, rows]) => `${heading === undefined ? '' : `${chalk.bold(heading)}\n`}${drawTable(columns, rows, widths)}`)
    .join('\n');
  const footer = footnoteLines(notes, width).map((line) => `${chalk.dim(line)}\n`);
  return footer.length > 0 ? `${body}\n${footer.join('')}` : body;
}

function texts<T>(columns: Column<T>[], grid: string[][]): ColumnText[] {
  return columns.map((c, i) => ({ header: c.header, cells: grid.map((row) => row[i]!), nowrap: c.nowrap, names: c.names }));
}

/** The rows under each heading, in the order the records come; one section without groupBy. */
function sections<T>(listing: Listing<T>, grid: string[][]): [string | undefined, string[][]][] {
  const { groupBy } = listing;
  if (!groupBy) return [[undefined, grid]];
  const groups = new Map<string, string[][]>();
  listing.records.forEach((r, i) => {
    const rows = groups.get(groupBy(r)) ?? [];
    rows.push(grid[i]!);
    groups.set(groupBy(r), rows);
  });
  return [...groups];
}
