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
  /** The message, given where the other record is (`data/cities.yaml:12`) when there is one. */
  message: (also: string) => string;
  hint: () => string;
  also?: { file: string; path: PropertyKey[] };
  /** The record referred to, for a reference that finds none. */
  target?: { kind: Kind; id: string };
}

export function toDataset(records: LoadedRecord[]): Dataset {
  const dataset = emptyDataset();
  for (const r of records) (dataset[r.kind] as unknown[]).push(r.record);
  return dataset;
}
