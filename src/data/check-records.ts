import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import { FOLDER_KINDS, KIND_NAMES, type Kind } from '../model/vocabulary.js';
import { t } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import { byPosition, type Diagnostic, type RecordRef } from '../model/diagnostic.js';
import { describeIssue, describeValue, type Described } from './describe-issue.js';
import { fieldsAt } from './field-names.js';
import type { LoadedRecord, Unavailable } from './loaded-record.js';
import { locate, recordRef, type YamlFile } from './yaml-file.js';

export interface CheckedFile {
  records: LoadedRecord[];
  diagnostics: Diagnostic[];
  /** Records left out for their problems, by id, so that references to them follow from those problems. */
  unavailable: Unavailable[];
}

/** Validates each record of one parsed file on its own, so one bad record hides no other problem. */
export function checkRecords(f: YamlFile): CheckedFile {
  const out: CheckedFile = { records: [], diagnostics: [...f.diagnostics], unavailable: [] };
  const d = t().diag;
  const v = t().validate;
  const kinds = FOLDER_KINDS.join(', ');
  const report = (path: PropertyKey[], code: string, message: string, hint: string, key?: string) =>
    out.diagnostics[out.diagnostics.push({ file: f.file, ...locate(f, path, key), field: path.join('.') || undefined, code, message, hint }) - 1]!;

  const value = f.value;
  if (value === null || value === undefined) {
    delete report([], 'file/empty', d.emptyFile(kinds), v.emptyFileHint).source;
    return out;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report([], 'file/not-a-mapping', d.notAMapping(kinds, describeValue(value)), v.emptyFileHint);
    return out;
  }
  for (const [key, list] of Object.entries(value)) {
    if (!(key in KINDS)) {
      const meant = suggest(key, KIND_NAMES) as Kind | undefined;
      const cause = report([], 'file/unknown-kind', d.unknownKind(key, kinds), meant ? v.ifYouMean(meant, `${meant}:`) : v.kindsHint, key);
      if (meant && Array.isArray(list)) out.unavailable.push(...idsOf(list).map((id) => ({ kind: meant, id, cause })));
      continue;
    }
    const kind = key as Kind;
    // A kind with nothing under it yet (a new year's `calendar:`) holds no records.
    if (list === null) continue;
    if (!Array.isArray(list)) {
      report([kind], 'file/not-a-list', d.notAList(kind), v.notAListHint(kind));
      continue;
    }
    list.forEach((item: unknown, index: number) => {
      const result = (KINDS[kind] as z.ZodType).safeParse(item, { reportInput: true });
      if (result.success) {
        out.records.push({ kind, record: result.data as LoadedRecord['record'], file: f.file, index });
        return;
      }
      const problems = recordProblems(result.error.issues, f, kind, index);
      out.diagnostics.push(...problems);
      const [id] = idsOf([item]);
      if (id !== undefined) out.unavailable.push({ kind, id, cause: problems[0]! });
    });
  }
  return out;
}

const idsOf = (list: unknown[]) =>
  list.map((item) => (item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');

/** A record's problems, causes first: what follows from another problem of the record is folded under it. */
function recordProblems(issues: z.core.$ZodIssue[], f: YamlFile, kind: Kind, index: number): Diagnostic[] {
  const record = recordRef(f, kind, index);
  // A value can fail several checks (a date with a time of day is neither a date nor a real day): the first says it.
  const spots = new Set<string>();
  const described = issues
    .flatMap((issue) => describeIssue(issue, f, kind, index, record))
    .filter(({ diagnostic: d }) => !spots.has(`${d.field}@${d.line}:${d.col}`) && !!spots.add(`${d.field}@${d.line}:${d.col}`));
  const followerOf = new Map<Described, Described>();
  const extra = fieldsLeftOut(described, f, kind, record, followerOf);
  for (const x of described) {
    const meantBy = x.missing ? described.find((y) => y.meant === x.missing && sameParent(x, y) && !followerOf.has(y)) : undefined;
    const wrongBy = described.find((y) => y !== x && !y.follows && x.follows?.includes(String(y.diagnostic.field?.split('.').at(-1))));
    if (meantBy ?? wrongBy) followerOf.set(x, (meantBy ?? wrongBy)!);
  }
  for (const [x, cause] of followerOf) (cause.diagnostic.followers ??= []).push(x.diagnostic);
  return [...described, ...extra]
    .filter((x) => !followerOf.has(x))
    .map((x) => x.diagnostic)
    .sort(byPosition);
}

const sameParent = (a: Described, b: Described) => a.parent.join('.') === b.parent.join('.');

/**
 * Fields of a mapping written at its own indentation instead of under it (`population:` with
 * `count:` and `year:` beside it): the mapping is empty and its fields are unknown to the record.
 */
function fieldsLeftOut(described: Described[], f: YamlFile, kind: Kind, record: RecordRef | undefined, followerOf: Map<Described, Described>): Described[] {
  const v = t().validate;
  const out: Described[] = [];
  for (const empty of described.filter((x) => x.empty !== undefined)) {
    const fields = fieldsAt(kind, [...empty.parent.slice(2), empty.empty!]);
    const strays = described.filter((x) => x.unknown && sameParent(x, empty) && fields.includes(x.unknown));
    if (strays.length === 0) continue;
    const at = locate(f, empty.parent, empty.empty);
    const first = strays.map((s) => s.diagnostic).sort(byPosition)[0]!;
    const message = v.nestedFields(strays.map((s) => s.unknown!), empty.empty!);
    const cause = { diagnostic: { ...first, code: 'yaml/nested-indentation', message, hint: v.nestedFieldsHint(empty.empty!, at.col + 2), record }, parent: empty.parent };
    for (const x of [empty, ...strays]) followerOf.set(x, cause);
    out.push(cause);
  }
  return out;
}
