import type { Diagnostic } from '../model/diagnostic.js';
import { emptyDataset, type Dataset } from '../model/records.js';
import type { Kind } from '../model/vocabulary.js';

/** A valid record and where it stands: the file and its index in that file's list of its kind. */
export interface LoadedRecord {
  kind: Kind;
  record: { id: string } & Record<string, unknown>;
  file: string;
  index: number;
}

/**
 * A record left out for its own problems or its file's, and the problem that keeps it out: a
 * reference to it follows from that problem. No kind: a record of a file too broken to tell.
 */
export interface Unavailable {
  kind?: Kind;
  id: string;
  cause: Pick<Diagnostic, 'file' | 'line' | 'col'>;
}

/**
 * A problem found without the YAML at hand (in records from the cache): its position is looked
 * up only when it is reported. `also` points at a second place, named in the message.
 */
export interface PendingDiagnostic {
  file: string;
  path: PropertyKey[];
  code: string;
  /** Absent for an error. */
  severity?: 'warning';
  /** The message, given where `also` is, when there is one. */
  message: (also: At) => string;
  hint: () => string;
  also?: { file: string; path: PropertyKey[] };
  /** The record referred to, for a reference that finds none. */
  target?: { kind: Kind; id: string };
}

/** The path of a record's field in its file: `['cities', 3, 'since']`. */
export const pathOf = (r: LoadedRecord, ...sub: PropertyKey[]): PropertyKey[] => [r.kind, r.index, ...sub];

/** A place in a file: `at.file`, line and column. */
export type At = Pick<Diagnostic, 'file' | 'line' | 'col'>;

/** `data/cities.yaml:12`: the other place a message names, to its line. */
export const lineOf = (at: At): string => `${at.file}:${at.line}`;

/** `data/cities.yaml:12:9`: the other place a message names, to its column. */
export const columnOf = (at: At): string => `${at.file}:${at.line}:${at.col}`;

export function toDataset(records: LoadedRecord[]): Dataset {
  const dataset = emptyDataset();
  for (const r of records) (dataset[r.kind] as unknown[]).push(r.record);
  return dataset;
}
