import { resolveDataDir } from '../data/default-data-dir.js';
import { readFolder } from '../edit/data-folder.js';
import { removeItem } from '../edit/splice.js';
import { OperationError } from '../errors.js';
import { t } from '../i18n/index.js';
import { commitChange } from './edit-commit.js';
import { findRecord, type EditOptions } from './set.js';

/** `intl remove ID`: refused while another record refers to it, naming those records. */
export async function removeAction(id: string, opts: EditOptions): Promise<void> {
  const folder = readFolder(resolveDataDir(opts.data));
  const found = findRecord(folder, id);
  const referrers = folder.records.filter((r) =>
    ['cities', 'networks'].some((field) => (r.record[field] as string[] | undefined)?.includes(id)),
  );
  if (referrers.length > 0) {
    throw new OperationError(t().edit.referred(id, referrers.map((r) => `${r.record.id} (${r.file})`)));
  }
  const after = removeItem(folder.texts.get(found.file)!, found.kind, found.index);
  commitChange(folder, { file: found.file, after, done: t().edit.removed(id, found.file) }, opts.dryRun);
}
