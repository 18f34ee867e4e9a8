import chalk from 'chalk';
import Table from 'cli-table3';
import { cells, type Column, type Listing } from './columns.js';

/**
 * Tables for people at a terminal, fitted to its width by wrapping the widest columns, coloured
 * at the level given (see colour.ts).
 */
export function toTable<T>(listing: Listing<T>, level: 0 | 1 | 2 | 3 = 0, width = process.stdout.columns || 120): string {
  chalk.level = level;
  const { columns, notes } = withFootnotes(listing);
  const footer = notes.map((n, i) => `[${i + 1}] ${n}\n`).join('');
  const tail = footer ? `\n${chalk.dim(footer)}` : '';
  if (!listing.groupBy) return drawTable(listing.records, columns, width) + tail;
  const groups = new Map<string, T[]>();
  for (const r of listing.records) {
    const key = listing.groupBy(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const body = [...groups].map(([heading, rows]) => `${chalk.bold(heading)}\n${drawTable(rows, columns, width)}`).join('\n');
  return body + tail;
}

/** Marks the first column of each record with a note as `[n]`, and lists the notes in order. */
function withFootnotes<T>(listing: Listing<T>): { columns: Column<T>[]; notes: string[] } {
  const columns = listing.tableColumns ?? listing.columns;
  const noteOf = listing.note;
  if (!noteOf) return { columns, notes: [] };
  const notes: string[] = [];
  const mark = new Map<T, number>();
  for (const r of listing.records) {
    const note = noteOf(r);
    if (note) mark.set(r, notes.push(note.replace(/\s+/g, ' ')));
  }
  const [first, ...rest] = columns;
  if (!first) return { columns, notes };
  const marked = { header: first.header, value: (r: T) => (mark.has(r) ? `${first.value(r) ?? ''} [${mark.get(r)}]` : first.value(r)) };
  return { columns: [marked, ...rest], notes };
}

function drawTable<T>(records: T[], columns: Column<T>[], width: number): string {
  const rows = cells(records, columns).map((row) => row.map((v) => (v === undefined ? '' : String(v))));
  const all = [columns.map((c) => c.header), ...rows];
  const colWidths = fitWidths(all, width);
  // Rule lines between rows only where a cell wraps onto several lines and needs them.
  const wraps = colWidths.some((w, i) => all.some((r) => [...(r[i] ?? '')].length + 2 > w));
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
    style: { head: [], border: chalk.level > 0 ? ['grey'] : [], compact: !wraps },
    colWidths,
    wordWrap: true,
  });
  table.push(...rows);
  return `${table.toString()}\n`;
}

/** Column widths (with padding) that fit `width`, narrowing the widest column first. */
export function fitWidths(rows: string[][], width: number): number[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)) + 2);
  const borders = widths.length + 1;
  while (widths.reduce((a, b) => a + b, borders) > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 12) break;
    widths[widest]! -= 1;
  }
  return widths;
}
