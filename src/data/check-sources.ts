// The expensive half of loading: YAML parsing and zod validation. The loader imports this module
// only for files the cache cannot serve, so a warm run never loads yaml or zod.
import type { Dataset } from '../model/records.js';
import { checkRecords } from './check-records.js';
import { crossRules } from './cross-rules.js';
import { byPosition, fieldPath, type Diagnostic } from '../model/diagnostic.js';
import { toDataset, type LoadedRecord, type PendingDiagnostic } from './loaded-record.js';
import { locate, parseYamlFile, type YamlFile } from './yaml-file.js';

/** Parses and validates one file on its own. */
export function checkSource(file: string, text: string): { records: LoadedRecord[]; diagnostics: Diagnostic[] } {
  const parsed = parseYamlFile(text, file);
  if (parsed.diagnostics.length > 0) return { records: [], diagnostics: parsed.diagnostics };
  return checkRecords(parsed);
}

/** Gives pending diagnostics their line and column, parsing each file they name once. */
export function locatePending(pending: PendingDiagnostic[], texts: Map<string, string>): Diagnostic[] {
  const parsed = new Map<string, YamlFile>();
  const at = (file: string, path: PropertyKey[]) => {
    if (!parsed.has(file)) parsed.set(file, parseYamlFile(texts.get(file) ?? '', file));
    return locate(parsed.get(file)!, path);
  };
  return pending.map((p) => ({
    file: p.file,
    ...at(p.file, p.path),
    field: fieldPath(p.path),
    message: p.message(p.also ? `${p.also.file}:${at(p.also.file, p.also.path).line}` : ''),
  }));
}

/** The whole check of a folder's texts, without the file system or a cache. */
export function validateTexts(texts: { file: string; text: string }[]): { dataset: Dataset; diagnostics: Diagnostic[] } {
  const records: LoadedRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, text } of texts) {
    const checked = checkSource(file, text);
    records.push(...checked.records);
    diagnostics.push(...checked.diagnostics);
  }
  const textByFile = new Map(texts.map((t) => [t.file, t.text]));
  diagnostics.push(...locatePending(crossRules(records), textByFile));
  return { dataset: toDataset(records), diagnostics: diagnostics.sort(byPosition) };
}
