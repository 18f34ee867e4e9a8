import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locatePending } from '../data/check-sources.js';
import { crossRules } from '../data/cross-rules.js';
import { lineOf, pathOf, type LoadedRecord, type PendingDiagnostic } from '../data/loaded-record.js';
import { reciprocity } from '../data/reciprocity.js';
import { renderItem } from '../edit/render-record.js';
import { modeline, SCHEMA } from '../edit/starter-folder.js';
import { DataError, OperationError } from '../errors.js';
import { t } from '../i18n/index.js';
import { isWarning, type Diagnostic } from '../model/diagnostic.js';
import type { Merge } from '../model/merge.js';
import type { Place } from '../model/place.js';
import { insertNamespace, namespaceRecord, renderRecords } from './namespace-ids.js';
import { placeOf, samePlaces } from './places.js';
import type { InputFolder } from './read-input.js';

/** What a merge writes, and what it found to say. */
export interface MergePlan {
  /** The merged folder's files, by path inside it. */
  files: Map<string, string>;
  /** The inputs' warnings and the twin links that do not agree from both sides, at the inputs' lines. */
  warnings: Diagnostic[];
  municipalities: string[];
  places: Place[];
}

export const MERGE_FILE = 'merge.yaml';

/**
 * Merges checked municipality folders: each folder's files under its municipality's id, with
 * every id and reference after that id; merge.yaml with the merge record and the places that
 * several records are. Refuses invalid folders, a folder without a municipality, a municipality
 * given twice (by id or by place).
 */
export function planMerge(inputs: InputFolder[], schema: string): MergePlan {
  const problems = inputs.flatMap((i) => i.diagnostics);
  if (problems.some((d) => !isWarning(d))) throw new DataError(problems);
  const texts = new Map(inputs.flatMap((i) => i.files.map((f): [string, string] => [f.file, f.text])));
  const municipalities = municipalitiesOf(inputs, texts);
  const byInput = inputs.map((input, n) => input.records.map((r) => namespaceRecord(r, municipalities[n]!)));
  const groups = samePlaces(byInput.flat().filter((r) => r.kind === 'cities' || r.kind === 'municipality'));
  refuse(groups.flatMap(onePlaceTwice), texts);
  const taken = new Set([...municipalities, 'merge']);
  const places = groups.map((g) => placeOf(g, taken));
  const merge: Merge = { id: 'merge', municipalities };
  const all: LoadedRecord[] = [
    ...byInput.flat(),
    { kind: 'merge', index: 0, file: MERGE_FILE, record: merge },
    ...places.map((record, index): LoadedRecord => ({ kind: 'places', index, file: MERGE_FILE, record })),
  ];
  // Valid by construction; a rule broken here is a bug of intl, not a problem of the data.
  const broken = crossRules(all);
  if (broken.length > 0) throw new Error(`merge made an invalid folder (${broken.map((p) => p.code).join(', ')})`);
  const files = new Map<string, string>([
    [MERGE_FILE, mergeFile(merge, places)],
    [SCHEMA, schema],
    ...inputs.flatMap((input, n) => folderFiles(input, byInput[n]!, municipalities[n]!)),
  ]);
  return { files, warnings: [...problems, ...locatePending(reciprocity(all), texts)], municipalities, places };
}

/** Each folder's municipality id, in order: one for each, and none twice; else the merge stops. */
function municipalitiesOf(inputs: InputFolder[], texts: Map<string, string>): string[] {
  const homes = inputs.map((i) => i.records.find((r) => r.kind === 'municipality'));
  const lacking = inputs.filter((_, n) => !homes[n]).map((i) => i.dir);
  if (lacking.length > 0) throw new OperationError(t().merge.noMunicipality(lacking));
  const merged = inputs.find((i) => i.records.some((r) => r.kind === 'merge'));
  if (merged) throw new OperationError(t().merge.merged(merged.dir));
  refuse(twice(homes as LoadedRecord[]), texts);
  return homes.map((h) => h!.record.id);
}

/** A folder's files in the merged folder: under its municipality's id, with the ids namespaced. */
function folderFiles(input: InputFolder, records: LoadedRecord[], namespace: string): [string, string][] {
  return input.files.map((f) => {
    const path = `${namespace}/${f.key}`;
    const text = f.offsets ? insertNamespace(f.text, f.offsets, namespace) : renderRecords(records.filter((r) => r.file === f.file));
    return [path, withModeline(text, path)];
  });
}

/** Stops the merge with every problem found, at its place in the inputs. */
function refuse(pending: PendingDiagnostic[], texts: Map<string, string>): void {
  if (pending.length > 0) throw new DataError(locatePending(pending, texts));
}

/** A municipality id given by a second folder: its folder's ids would mix with the first's. */
function twice(homes: LoadedRecord[]): PendingDiagnostic[] {
  return homes.flatMap((r) => {
    const first = homes.find((h) => h.record.id === r.record.id)!;
    if (first === r) return [];
    return [{ file: r.file, path: pathOf(r, 'id'), code: 'merge/same-municipality', message: (at) => t().diag.duplicateId(r.record.id, r.kind, lineOf(at)), hint: () => t().merge.sameMunicipality, also: { file: first.file, path: pathOf(first, 'id') } }];
  });
}

/** Two municipalities that are one place (a folder merged twice under two ids). */
function onePlaceTwice(group: LoadedRecord[]): PendingDiagnostic[] {
  const [first, ...more] = group.filter((r) => r.kind === 'municipality');
  return more.map((r) => ({ file: r.file, path: pathOf(r, 'id'), code: 'merge/same-place', message: (at) => t().merge.samePlace(r.record.id, lineOf(at)), hint: () => t().merge.sameMunicipality, also: { file: first!.file, path: pathOf(first!, 'id') } }));
}

function withModeline(text: string, path: string): string {
  return text.startsWith('# yaml-language-server:') ? modeline(path) + text.slice(text.indexOf('\n') + 1) : text;
}

function mergeFile(merge: Merge, places: Place[]): string {
  const list = (kind: string, records: object[]) => `${kind}:\n${records.map((r) => renderItem(r as Record<string, unknown>, '  ').join('\n')).join('\n\n')}\n`;
  return [
    `${modeline(MERGE_FILE)}# Written by intl merge: the municipalities merged, each with its files in the folder of its id,`,
    "# and the places that records of several municipalities are. Change the municipalities' own",
    '# folders and merge them again.',
    list('merge', [merge]),
    places.length > 0 ? list('places', places) : 'places: []\n',
  ].join('\n');
}

/** Whether a folder is one intl merge wrote (it may replace it): its merge.yaml holds the merge record. */
export function isMergedFolder(dir: string): boolean {
  const file = join(dir, MERGE_FILE);
  return existsSync(file) && /^merge:/m.test(readFileSync(file, 'utf8'));
}
