import chalk from 'chalk';
import Table from 'cli-table3';
import { cells, type Listing } from './columns.js';

/** A fitted table for people at a terminal; colour follows chalk's level, set once at start-up. */
export function toTable<T>(listing: Listing<T>): string {
  const table = new Table({
    head: listing.columns.map((c) => chalk.bold(c.header)),
    style: { head: [], border: chalk.level > 0 ? ['grey'] : [] },
  });
  for (const row of cells(listing)) table.push(row.map((v) => (v === undefined ? '' : String(v))));
  return `${table.toString()}\n`;
}
