import { t } from '../i18n/index.js';
import type { Kind } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';
import { findLookalike } from './lookalikes.js';
import { lineOf, pathOf, type LoadedRecord, type PendingDiagnostic } from './loaded-record.js';
import { mergedFolderRules } from './merged-rules.js';

/** Which fields of which kinds refer to records of which kind, by id (a list of ids, or one). */
export const REFERENCES: { from: Kind; field: string; to: Kind }[] = [
  { from: 'networks', field: 'cities', to: 'cities' },
  { from: 'projects', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'cities', to: 'cities' },
  { from: 'calendar', field: 'networks', to: 'networks' },
  { from: 'merge', field: 'municipalities', to: 'municipality' },
  { from: 'places', field: 'cities', to: 'cities' },
  { from: 'places', field: 'municipality', to: 'municipality' },
];

/**
 * Rules that span records and files: ids unique across the folder, references that resolve, one
 * municipality (several, each with its own ids, in a merged folder).
 */
export function crossRules(records: LoadedRecord[]): PendingDiagnostic[] {
  const merged = records.some((r) => r.kind === 'merge');
  return [...uniqueIds(records), ...danglingReferences(records), ...(merged ? [] : oneOf(records, 'municipality')), ...oneOf(records, 'merge'), ...mergedFolderRules(records)];
}

/** A folder belongs to one municipality, or is one merge: a second record is an error at the second. */
function oneOf(records: LoadedRecord[], kind: 'municipality' | 'merge'): PendingDiagnostic[] {
  const [first, ...more] = records.filter((r) => r.kind === kind);
  return more.map((r) => ({
    file: r.file,
    path: pathOf(r, 'id'),
    code: `reference/second-${kind === 'merge' ? 'merge' : 'municipality'}`,
    message: (where) => (kind === 'merge' ? t().diag.secondMerge(lineOf(where)) : t().diag.secondMunicipality(lineOf(where))),
    hint: () => t().validate.oneMunicipality,
    also: { file: first!.file, path: pathOf(first!, 'id') },
  }));
}


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
      message: (where) => t().diag.duplicateId(r.record.id, seen.kind, lineOf(where)),
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
      const value = ref.from === r.kind ? r.record[ref.field] : undefined;
      const list: [string, PropertyKey[]][] = Array.isArray(value)
        ? value.map((id: string, i: number) => [id, [ref.field, i]])
        : typeof value === 'string' ? [[value, [ref.field]]] : [];
      for (const [id, at] of list) {
        const known = ids.get(ref.to) ?? new Set<string>();
        if (known.has(id)) continue;
        out.push({
          file: r.file,
          path: pathOf(r, ...at),
          code: 'reference/dangling',
          message: () => t().diag.danglingReference(ref.to, id),
          hint: () => referenceHint(ref.to, id, known),
          target: { kind: ref.to, id },
        });
      }
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
