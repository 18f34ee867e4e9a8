import { t } from '../i18n/index.js';
import type { Kind } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';
import { findLookalike } from './lookalikes.js';
import type { LoadedRecord, PendingDiagnostic } from './loaded-record.js';

/** Which fields of which kinds refer to records of which kind, by id. */
const REFERENCES: { from: Kind; field: string; to: Kind }[] = [
  { from: 'networks', field: 'cities', to: 'cities' },
  { from: 'projects', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'networks', to: 'networks' },
];

/** Rules that span records and files: ids unique across the folder, references that resolve. */
export function crossRules(records: LoadedRecord[]): PendingDiagnostic[] {
  return [...uniqueIds(records), ...danglingReferences(records), ...oneMunicipality(records)];
}

/** A folder belongs to one municipality: a second record is an error at the second. */
function oneMunicipality(records: LoadedRecord[]): PendingDiagnostic[] {
  const [first, ...more] = records.filter((r) => r.kind === 'municipality');
  return more.map((r) => ({
    file: r.file,
    path: pathOf(r, 'id'),
    code: 'reference/second-municipality',
    message: (where: string) => t().diag.secondMunicipality(where),
    hint: () => t().validate.oneMunicipality,
    also: { file: first!.file, path: pathOf(first!, 'id') },
  }));
}

const pathOf = (r: LoadedRecord, ...sub: PropertyKey[]) => [r.kind, r.index, ...sub];

function uniqueIds(records: LoadedRecord[]): PendingDiagnostic[] {
  const first = new Map<string, LoadedRecord>();
  const out: PendingDiagnostic[] = [];
  for (const r of records) {
    const seen = first.get(r.record.id);
    if (!seen) {
      first.set(r.record.id, r);
      continue;
    }
    out.push({
      file: r.file,
      path: pathOf(r, 'id'),
      code: 'reference/duplicate-id',
      message: (where) => t().diag.duplicateId(r.record.id, seen.kind, where),
      hint: () => t().validate.otherId,
      also: { file: seen.file, path: pathOf(seen, 'id') },
    });
  }
  return out;
}

function danglingReferences(records: LoadedRecord[]): PendingDiagnostic[] {
  const ids = new Map<Kind, Set<string>>();
  for (const r of records) {
    if (!ids.has(r.kind)) ids.set(r.kind, new Set());
    ids.get(r.kind)!.add(r.record.id);
  }
  const out: PendingDiagnostic[] = [];
  for (const r of records) {
    for (const ref of REFERENCES) {
      const list = ref.from === r.kind ? r.record[ref.field] : undefined;
      if (!Array.isArray(list)) continue;
      list.forEach((id: string, i: number) => {
        const known = ids.get(ref.to) ?? new Set<string>();
        if (known.has(id)) return;
        out.push({
          file: r.file,
          path: pathOf(r, ref.field, i),
          code: 'reference/dangling',
          message: () => t().diag.danglingReference(ref.to, id),
          hint: () => referenceHint(ref.to, id, known),
          target: { kind: ref.to, id },
        });
      });
    }
  }
  return out;
}

function referenceHint(kind: Kind, id: string, known: Set<string>): string {
  const v = t().validate;
  const odd = findLookalike(id);
  if (odd) return v.lookalikeInId(odd.name, v.lookalikeHint[odd.plain]!);
  const meant = suggest(id, known);
  return meant ? v.didYouMean(meant) : v.listIds(kind);
}
