import type { Kind } from './vocabulary.js';

/** The record a problem stands in: its kind, its place in its file and the name it goes by. */
export interface RecordRef {
  kind: Kind;
  /** Its place in its kind's list in the file, from 0. */
  index: number;
  /** The line where it starts. */
  line: number;
  /** Its id, else its title or name, as written; absent when it has none of them. */
  name?: string;
}

/**
 * One problem found in a data folder, at a 1-based line and column. Kept as data (what is wrong,
 * what to do, which record, what follows from it) so that every output format can be built from it.
 */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** Absent for an error; a warning leaves the data usable. */
  severity?: 'warning';
  /** A stable name for the kind of problem, such as `yaml/colon-in-text`, for machine-readable output. */
  code?: string;
  /** The field inside the file, such as `cities[3].since`; absent for file-level problems. */
  field?: string;
  record?: RecordRef;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The text of the line, shown under the message with a caret at the column. */
  source?: string;
  /** Problems that follow from this one and go away with it. */
  followers?: Diagnostic[];
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}

export const isWarning = (d: Diagnostic): boolean => d.severity === 'warning';
