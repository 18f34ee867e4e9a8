import { checkWithAll, type Folder } from '../edit/data-folder.js';
import { unifiedDiff } from '../edit/diff.js';
import { writeDataFile } from '../output/write-output.js';
import { writeStdout } from '../output/write-stdout.js';
import { warn } from './shared.js';

/** A change to one data file, and what to say once it is made. */
export interface Change {
  file: string;
  after: string;
  done: string;
}

/**
 * Checks the whole folder as the change would leave it, then writes the file safely and says
 * what was done; with --dry-run, prints the unified diff instead and writes nothing.
 */
export function commitChange(folder: Folder, change: Change, dryRun: boolean | undefined): void {
  commitChanges(folder, new Map([[change.file, change.after]]), dryRun);
  if (!dryRun) warn(change.done);
}

/** Several files changed as one: all checked together first, then each written safely (or diffed). */
export function commitChanges(folder: Folder, changes: Map<string, string>, dryRun: boolean | undefined): void {
  checkWithAll(folder, changes);
  for (const [file, after] of changes) {
    const before = folder.texts.get(file) ?? '';
    if (dryRun) {
      writeStdout(unifiedDiff(file, before, after));
      continue;
    }
    writeDataFile(file, after);
    folder.texts.set(file, after);
  }
}
