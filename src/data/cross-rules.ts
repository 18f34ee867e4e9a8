import type { Kind } from '../model/dataset.js';
import { fieldPath, type Diagnostic } from './diagnostic.js';
import type { Located } from './check-records.js';
import { locate } from './yaml-file.js';

/** Which fields of which kinds refer to records of which kind, by id. */
const REFERENCES: { from: Kind; field: string; to: Kind }[] = [
  { from: 'networks', field: 'cities', to: 'cities' },
  { from: 'projects', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'networks', to: 'networks' },
];

/** Rules that span records and files: ids unique across the folder, references that resolve. */
export function crossRules(records: Located[]): Diagnostic[] {
  return [...uniqueIds(records), ...danglingReferences(records)];
}

function uniqueIds(records: Located[]): Diagnostic[] {
  const first = new Map<string, Located>();
  const out: Diagnostic[] = [];
  for (const r of records) {
    const seen = first.get(r.record.id);
    if (!seen) {
      first.set(r.record.id, r);
      continue;
    }
    const where = `${seen.source.file}:${locate(seen.source, [...seen.path, 'id']).line}`;
    out.push(diagnostic(r, ['id'], `duplicate id '${r.record.id}': already used by a ${seen.kind} record at ${where}`));
  }
  return out;
}

function danglingReferences(records: Located[]): Diagnostic[] {
  const ids = new Map<Kind, Set<string>>();
  for (const r of records) {
    if (!ids.has(r.kind)) ids.set(r.kind, new Set());
    ids.get(r.kind)!.add(r.record.id);
  }
  const out: Diagnostic[] = [];
  for (const r of records) {
    for (const ref of REFERENCES.filter((x) => x.from === r.kind)) {
      const list = r.record[ref.field];
      if (!Array.isArray(list)) continue;
      list.forEach((id: string, i: number) => {
        if (!ids.get(ref.to)?.has(id)) {
          out.push(diagnostic(r, [ref.field, i], `no ${ref.to} record has the id '${id}'`));
        }
      });
    }
  }
  return out;
}

function diagnostic(r: Located, sub: PropertyKey[], message: string): Diagnostic {
  const path = [...r.path, ...sub];
  return { file: r.source.file, ...locate(r.source, path), field: fieldPath(path), message };
}
