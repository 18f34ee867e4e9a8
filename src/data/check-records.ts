import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import { KIND_NAMES, type Kind } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';
import { fieldPath, type Diagnostic } from './diagnostic.js';
import { describeIssue } from './describe-issue.js';
import type { LoadedRecord } from './loaded-record.js';
import { locate, type YamlFile } from './yaml-file.js';

/** Validates each record of one parsed file on its own, so one bad record hides no other problem. */
export function checkRecords(f: YamlFile): { records: LoadedRecord[]; diagnostics: Diagnostic[] } {
  const records: LoadedRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (path: PropertyKey[], message: string, key?: string) =>
    diagnostics.push({ file: f.file, ...locate(f, path, key), field: fieldPath(path) || undefined, message });

  const value = f.value;
  if (value === null || value === undefined) {
    report([], `the file is empty: expected a mapping of record kinds (${KIND_NAMES.join(', ')})`);
    return { records, diagnostics };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    report([], `expected a mapping of record kinds (${KIND_NAMES.join(', ')}), got ${got}`);
    return { records, diagnostics };
  }
  for (const [key, list] of Object.entries(value)) {
    if (!(key in KINDS)) {
      const hint = suggest(key, KIND_NAMES);
      report([], `unknown record kind '${key}'${hint ? `; did you mean '${hint}'?` : ''} (kinds: ${KIND_NAMES.join(', ')})`, key);
      continue;
    }
    const kind = key as Kind;
    if (!Array.isArray(list)) {
      report([kind], `expected a list of ${kind} records (lines starting with '- ')`);
      continue;
    }
    list.forEach((item: unknown, index: number) => {
      const result = (KINDS[kind] as z.ZodType).safeParse(item, { reportInput: true });
      if (result.success) {
        records.push({ kind, record: result.data as LoadedRecord['record'], file: f.file, index });
      } else {
        for (const issue of result.error.issues) diagnostics.push(describeIssue(issue, f, [kind, index]));
      }
    });
  }
  return { records, diagnostics };
}
