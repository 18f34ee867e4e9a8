import { checkWith, type Folder } from '../edit/data-folder.js';
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
  checkWith(folder, change.file, change.after);
  const before = folder.texts.get(change.file) ?? '';
  if (dryRun) {
    writeStdout(unifiedDiff(change.file, before, change.after));
    return;
  }
  writeDataFile(change.file, change.after);
  folder.texts.set(change.file, change.after);
  warn(change.done);
}
