import chalk from 'chalk';
import Table from 'cli-table3';
import type { Column } from './columns.js';
import { wrapCell } from './wrap.js';

/** Borders and padding of a boxed table with this many columns: `│ a │ b │`. */
export function tableFrame(columns: number): number {
  return 3 * columns + 1;
}

/**
 * A boxed table with the widths given (content only), each cell wrapped within its column and
 * no rule between rows; the widths come from the caller so that sections of a listing line up.
 */
export function drawTable<T>(columns: Column<T>[], rows: string[][], widths: number[]): string {
  const cell = (text: string, i: number) => ({
    content: wrapCell(text, widths[i]!, columns[i]!.names).join('\n'),
    hAlign: columns[i]!.align ?? ('left' as const),
  });
  const table = new Table({
    // cli-table3 aligns only body cells: a right-aligned header is padded here.
    head: columns.map((c, i) => chalk.bold(c.align === 'right' ? c.header.padStart(widths[i]!) : c.header)),
    colWidths: widths.map((w) => w + 2),
    style: { head: [], border: chalk.level > 0 ? ['grey'] : [], compact: true },
  });
  table.push(...rows.map((row) => row.map(cell)));
  return `${table.toString()}\n`;
}
