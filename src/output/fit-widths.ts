import { nameBreaks, longestWord, textWidth, wrapCell } from './wrap.js';

/** A column's text: its header (never cut) and its cells, one a row. */
export interface ColumnText {
  header: string;
  cells: string[];
  /** Kept on one line (dates, numbers) as long as narrowing the other columns is enough. */
  nowrap?: boolean;
  /** Names, or lists of names: a name broken over two lines counts as a line more. */
  names?: boolean;
}

/**
 * Content widths (without borders or padding) for columns sharing `room` characters. While the
 * table is too wide, one column narrows by one character. First, no word is cut and no date
 * wrapped: the column narrows that makes the table the fewest lines taller (a cell may wrap for
 * free beside a taller one) and breaks the fewest names, the widest of those. Then, on a very
 * narrow terminal, the widest column cuts words, never narrower than its header: a table whose
 * headers alone do not fit stays wider than the room.
 */
export function fitWidths(columns: ColumnText[], room: number): number[] {
  const widths = columns.map((c) => Math.max(textWidth(c.header), ...c.cells.map(textWidth)));
  const headers = columns.map((c) => textWidth(c.header));
  const whole = columns.map((c, i) => Math.max(headers[i]!, c.nowrap ? widths[i]! : Math.max(0, ...c.cells.map(longestWord))));
  narrow(widths, whole, room, leastHarm(columns, widths));
  narrow(widths, headers, room, widest(widths));
  return widths;
}

/** Picks the column to narrow among those above their floor; -1 when none is. */
type Choose = (candidates: number[]) => number;

function narrow(widths: number[], floors: number[], room: number, choose: Choose): void {
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > room) {
    const best = choose(widths.flatMap((w, i) => (w > floors[i]! ? [i] : [])));
    if (best < 0) return;
    widths[best]! -= 1;
    total -= 1;
  }
}

function widest(widths: number[]): Choose {
  return (candidates) => candidates.reduce((best, i) => (best < 0 || widths[i]! > widths[best]! ? i : best), -1);
}

/** The column whose narrowing adds the fewest lines and name breaks, the widest of those. */
function leastHarm(columns: ColumnText[], widths: number[]): Choose {
  const lines = lineCounter(columns);
  return (candidates) => {
    const perColumn = widths.map((w, i) => lines(i, w).rows);
    const heights = perColumn[0]?.map((_, row) => Math.max(...perColumn.map((c) => c[row]!))) ?? [];
    let best = -1;
    let bestHarm = Infinity;
    for (const i of candidates) {
      const next = lines(i, widths[i]! - 1);
      const taller = next.rows.reduce((sum, n, row) => sum + Math.max(0, n - heights[row]!), 0);
      const harm = taller + next.breaks - lines(i, widths[i]!).breaks;
      if (harm < bestHarm || (harm === bestHarm && widths[i]! > widths[best]!)) [best, bestHarm] = [i, harm];
    }
    return best;
  };
}

/** Each row's line count for a column at a width, and the names it breaks; remembered. */
type Lines = (column: number, width: number) => { rows: number[]; breaks: number };

function lineCounter(columns: ColumnText[]): Lines {
  const known = new Map<string, ReturnType<Lines>>();
  return (column, width) => {
    const key = `${column}:${width}`;
    const { cells, names } = columns[column]!;
    if (!known.has(key)) {
      const breaks = names ? cells.reduce((n, t) => n + nameBreaks(t, width), 0) : 0;
      known.set(key, { rows: cells.map((t) => wrapCell(t, width, names).length), breaks });
    }
    return known.get(key)!;
  };
}
