import { cellText, type Column } from './columns.js';
import { wrapText } from './wrap.js';

export interface Footnoted {
  /** The cells as text, a cell with a note ending in its mark: `Kópavogur [2]`. */
  grid: string[][];
  /** The notes in the order of their marks; a note shared by several cells is listed once. */
  notes: string[];
}

export function withFootnotes<T>(records: T[], columns: Column<T>[]): Footnoted {
  const notes: string[] = [];
  const mark = (note: string) => {
    const text = note.replace(/\s+/g, ' ').trim();
    const known = notes.indexOf(text);
    return known >= 0 ? known + 1 : notes.push(text);
  };
  const grid = records.map((r) =>
    columns.map((c) => {
      const note = c.note?.(r);
      return note ? `${cellText(c, r)} [${mark(note)}]`.trimStart() : cellText(c, r);
    }),
  );
  return { grid, notes };
}

/** The notes under the table, `[n] text`, each wrapped to the width with a hanging indent. */
export function footnoteLines(notes: string[], width: number): string[] {
  return notes.flatMap((note, i) => {
    const mark = `[${i + 1}] `;
    const lines = wrapText(note, Math.max(1, width - mark.length));
    return lines.map((line, j) => `${j === 0 ? mark : ' '.repeat(mark.length)}${line}`);
  });
}
