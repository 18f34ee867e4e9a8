// The expensive half of loading: YAML parsing and zod validation. The loader imports this module
// only for files the cache cannot serve, so a warm run never loads yaml or zod.
import type { Dataset } from '../model/records.js';
import { checkRecords, type CheckedFile } from './check-records.js';
import { crossRules } from './cross-rules.js';
import { byPosition, fieldPath, isWarning, type Diagnostic } from '../model/diagnostic.js';
import { foldReferences } from './fold-references.js';
import { toDataset, type LoadedRecord, type PendingDiagnostic, type Unavailable } from './loaded-record.js';
import { idsOfBrokenFile } from './syntax-mistakes.js';
import { locate, parseYamlFile, recordRef, type YamlFile } from './yaml-file.js';

/** Parses and validates one file on its own. */
export function checkSource(file: string, text: string): CheckedFile {
  return checkParsed(parseYamlFile(text, file));
}

/** Validates one parsed file on its own (its YAML problems, else its records). */
export function checkParsed(parsed: YamlFile): CheckedFile {
  if (parsed.diagnostics.some((d) => !isWarning(d))) {
    return { records: [], diagnostics: parsed.diagnostics, unavailable: idsOfBrokenFile(parsed.text, parsed.diagnostics) };
  }
  return checkRecords(parsed);
}

/** Gives pending diagnostics their line, column, record and source line, parsing each file they name once. */
export function locatePending(pending: PendingDiagnostic[], texts: Map<string, string>): Diagnostic[] {
  const parsed = new Map<string, YamlFile>();
  const fileOf = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, parseYamlFile(texts.get(file) ?? '', file));
    return parsed.get(file)!;
  };
  const none = { file: '', line: 0, col: 0 };
  return pending.map((p) => {
    const f = fileOf(p.file);
    const [kind, index] = p.path as [LoadedRecord['kind'], number];
    const also = p.also ? { file: p.also.file, ...locate(fileOf(p.also.file), p.also.path) } : none;
    return {
      file: p.file,
      ...locate(f, p.path),
      ...(p.severity ? { severity: p.severity } : {}),
      code: p.code,
      field: fieldPath(p.path),
      record: recordRef(f, kind, index),
      message: p.message({ file: also.file, line: also.line, col: also.col }),
      hint: p.hint(),
    };
  });
}

/** The whole check of a folder's texts, without the file system or a cache. */
export function validateTexts(texts: { file: string; text: string }[]): { dataset: Dataset; diagnostics: Diagnostic[] } {
  const { records, diagnostics } = checkFolder(texts.map(({ file, text }) => checkSource(file, text)), new Map(texts.map((t) => [t.file, t.text])));
  return { dataset: toDataset(records), diagnostics };
}

/** A folder's files, each checked on its own, checked as a whole: every problem, causes first. */
export function checkFolder(files: CheckedFile[], texts: Map<string, string>): { records: LoadedRecord[]; diagnostics: Diagnostic[] } {
  const records: LoadedRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const unavailable: Unavailable[] = [];
  for (const checked of files) {
    records.push(...checked.records);
    diagnostics.push(...checked.diagnostics);
    unavailable.push(...checked.unavailable);
  }
  const pending = crossRules(records);
  const located = locatePending(pending, texts);
  return { records, diagnostics: foldReferences(diagnostics, pending, located, unavailable).sort(byPosition) };
}
