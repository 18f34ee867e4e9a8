import type { z } from 'zod';
import { KINDS } from '../model/dataset.js';
import { KIND_NAMES, type Kind } from '../model/vocabulary.js';
import { t } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import { fieldPath, type Diagnostic } from '../model/diagnostic.js';
import { describeIssue, describeValue } from './describe-issue.js';
import type { LoadedRecord } from './loaded-record.js';
import { locate, type YamlFile } from './yaml-file.js';

/** Validates each record of one parsed file on its own, so one bad record hides no other problem. */
export function checkRecords(f: YamlFile): { records: LoadedRecord[]; diagnostics: Diagnostic[] } {
  const records: LoadedRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (path: PropertyKey[], message: string, key?: string) =>
    diagnostics.push({ file: f.file, ...locate(f, path, key), field: fieldPath(path) || undefined, message });

  const d = t().diag;
  const kinds = KIND_NAMES.join(', ');
  const value = f.value;
  if (value === null || value === undefined) {
    report([], d.emptyFile(kinds));
    return { records, diagnostics };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report([], d.notAMapping(kinds, describeValue(value)));
    return { records, diagnostics };
  }
  for (const [key, list] of Object.entries(value)) {
    if (!(key in KINDS)) {
      report([], d.unknownKind(key, kinds, suggest(key, KIND_NAMES)), key);
      continue;
    }
    const kind = key as Kind;
    if (!Array.isArray(list)) {
      report([kind], d.notAList(kind));
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
