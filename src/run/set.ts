import { resolveDataDir } from '../data/default-data-dir.js';
import { readFolder, type Folder } from '../edit/data-folder.js';
import { setField } from '../edit/splice.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { GlobalOptions } from './action-options.js';
import { commitChange } from './edit-commit.js';

export interface EditOptions extends GlobalOptions {
  dryRun?: boolean;
}

/** `intl set ID FIELD=VALUE ...`: every assignment to one record, checked and written at once. */
export async function setAction(id: string, assignments: string[], opts: EditOptions): Promise<void> {
  const folder = readFolder(resolveDataDir(opts.data));
  const found = findRecord(folder, id);
  let text = folder.texts.get(found.file)!;
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    if (at < 1) throw new UsageError(t().edit.badAssignment(assignment));
    const path = assignment.slice(0, at).split('.');
    const current = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], found.record);
    text = setField(text, found.kind, found.index, path, parseValue(assignment.slice(at + 1), current));
  }
  const fields = assignments.map((a) => a.slice(0, a.indexOf('='))).join(', ');
  commitChange(folder, { file: found.file, after: text, done: t().edit.set(fields, id, found.file) }, opts.dryRun);
}

/** The record with this id, or a usage error that names what ids look like. */
export function findRecord(folder: Folder, id: string): Folder['records'][number] {
  const found = folder.records.find((r) => r.record.id === id);
  if (!found) throw new UsageError(t().edit.noRecord(id));
  return found;
}

/**
 * A value as typed: a whole or decimal number is a number, true/false a boolean, a comma list
 * where the field holds a list, anything else text (dates stay text, as in the files).
 */
export function parseValue(text: string, current: unknown): unknown {
  if (Array.isArray(current)) return text.split(',').map((s) => s.trim()).filter(Boolean);
  if (/^-?\d+(\.\d+)?$/.test(text) && typeof current !== 'string') return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
