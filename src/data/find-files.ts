import { readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { OperationError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { t } from '../i18n/index.js';
import { DATA_FILE } from '../model/data-file.js';

export interface DataFile {
  path: string;
  key: string;
  stats: Stats;
}

/**
 * Every YAML file below `dir`, in a stable order, with its path inside `dir` (`key`) and its stat.
 * Hidden entries and node_modules are skipped; a folder reached twice through links is read
 * once, so link loops end.
 */
export function findDataFiles(dir: string): { files: DataFile[]; diagnostics: Diagnostic[] } {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new OperationError(t().files.dataFolderMissing(dir));
  }
  if (!stat.isDirectory()) throw new OperationError(t().files.notAFolder(dir));
  const files: DataFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    const real = realpathSync.native(folder);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      diagnostics.push({ file: folder, line: 1, col: 1, message: t().diag.cannotReadFolder(describeFsError(e as NodeJS.ErrnoException)) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      let entry;
      try {
        entry = statSync(path);
      } catch (e) {
        // Only names the loader reads matter: a dangling notes.txt link is none of its business.
        if (DATA_FILE.test(name)) {
          diagnostics.push({ file: path, line: 1, col: 1, message: t().diag.cannotRead(whyUnreadable(path, e as NodeJS.ErrnoException)) });
        }
        continue;
      }
      if (entry.isDirectory()) walk(path, `${prefix}${name}${sep}`);
      else if (entry.isFile() && DATA_FILE.test(name)) files.push({ path, key: prefix + name, stats: entry });
    }
  };
  walk(dir, '');
  return { files, diagnostics };
}

function whyUnreadable(path: string, e: NodeJS.ErrnoException): string {
  if (e.code !== 'ENOENT') return describeFsError(e);
  try {
    return t().diag.danglingLink(readlinkSync(path));
  } catch {
    return describeFsError(e);
  }
}
