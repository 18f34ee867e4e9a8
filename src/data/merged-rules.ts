import { t } from '../i18n/index.js';
import { namespaceOf } from '../model/namespace.js';
import type { Kind } from '../model/vocabulary.js';
import { lineOf, pathOf, type At, type LoadedRecord, type PendingDiagnostic } from './loaded-record.js';

/** Kinds whose ids are plain in a merged folder: the municipalities, and what the merge adds. */
const PLAIN: ReadonlySet<Kind> = new Set(['municipality', 'merge', 'places']);

/**
 * A merged folder (one with a merge record) may hold several municipalities because every other
 * record's id starts with the id of one of them. Without a merge record, no id has such a start
 * and there are no places.
 */
export function mergedFolderRules(records: LoadedRecord[]): PendingDiagnostic[] {
  const merge = records.find((r) => r.kind === 'merge');
  if (!merge) return records.filter((r) => r.kind === 'places' || namespaceOf(r.record.id) !== undefined).map(notMerged);
  const listed = new Set(merge.record.municipalities as string[]);
  return [...unlisted(records, listed), ...outsideNamespace(records, listed, merge), ...twoPlaces(records)];
}

/** A problem at a record's id; with `merge`, its message names where the merge lists the municipalities. */
function problem(r: LoadedRecord, code: string, message: PendingDiagnostic['message'], merge?: LoadedRecord): PendingDiagnostic {
  const also = merge && { file: merge.file, path: pathOf(merge, 'municipalities') };
  return { file: r.file, path: pathOf(r, 'id'), code, message, hint: () => t().validate.mergeAgain, ...(also ? { also } : {}) };
}

function notMerged(r: LoadedRecord): PendingDiagnostic {
  const d = t().diag;
  const place = r.kind === 'places';
  return problem(r, 'merge/not-merged', () => (place ? d.placeNotMerged : d.namespacedNotMerged(r.record.id)));
}

function unlisted(records: LoadedRecord[], listed: Set<string>): PendingDiagnostic[] {
  return records
    .filter((r) => r.kind === 'municipality' && !listed.has(r.record.id))
    .map((r) => problem(r, 'merge/unlisted-municipality', () => t().diag.unlistedMunicipality(r.record.id)));
}

function outsideNamespace(records: LoadedRecord[], listed: Set<string>, merge: LoadedRecord): PendingDiagnostic[] {
  return records
    .filter((r) => !PLAIN.has(r.kind) && !listed.has(namespaceOf(r.record.id) ?? ''))
    .map((r) => {
      const ns = namespaceOf(r.record.id);
      if (ns === undefined) return problem(r, 'merge/namespace', () => t().diag.notNamespaced(r.record.id));
      return problem(r, 'merge/namespace', (at: At) => t().diag.unknownNamespace(ns, lineOf(at)), merge);
    });
}

/** A city is one place: listed by a second place, it is an error there. */
function twoPlaces(records: LoadedRecord[]): PendingDiagnostic[] {
  const first = new Map<string, LoadedRecord>();
  const out: PendingDiagnostic[] = [];
  for (const r of records.filter((x) => x.kind === 'places')) {
    (r.record.cities as string[]).forEach((id, i) => {
      const seen = first.get(id);
      if (!seen) return void first.set(id, r);
      out.push({
        file: r.file,
        path: pathOf(r, 'cities', i),
        code: 'merge/two-places',
        message: (at) => t().diag.twoPlaces(id, seen.record.id, lineOf(at)),
        hint: () => t().validate.onePlace,
        also: { file: seen.file, path: pathOf(seen, 'id') },
      });
    });
  }
  return out;
}
