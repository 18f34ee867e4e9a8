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
 * A problem found without the YAML at hand (in records from the cache): its position is looked
 * up only when it is reported. `also` points at a second place, named in the message.
 */
export interface PendingDiagnostic {
  file: string;
  path: PropertyKey[];
  /** The message, given where the other record is (`data/cities.yaml:12`) when there is one. */
  message: (also: string) => string;
  also?: { file: string; path: PropertyKey[] };
}

export function toDataset(records: LoadedRecord[]): Dataset {
  const dataset = emptyDataset();
  for (const r of records) (dataset[r.kind] as unknown[]).push(r.record);
  return dataset;
}
