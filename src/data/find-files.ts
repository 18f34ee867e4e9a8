import { readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, sep } from 'node:path';
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

/** Data files an editor saved under another name (`2026.yaml.txt`, `cities.yml.bak`, `cities.yaml~`): named in a warning. */
const STRAY_FILE = /^(.+\.ya?ml)(\.[a-z0-9]+|~)$/i;

/**
 * Every YAML file below `dir`, in a stable order, with its path inside `dir` (`key`) and its stat.
 * Hidden entries and node_modules are skipped; a folder reached twice through links is read
 * once, so link loops end. A folder without any is an error; files that look like data saved
 * under another name are warned about.
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
  const strays: string[] = [];
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
      else if (entry.isFile() && STRAY_FILE.test(name)) strays.push(path);
    }
  };
  walk(dir, '');
  if (files.length === 0 && diagnostics.length === 0) throw new OperationError(t().validate.noDataFiles(dir, strays.map(renaming)));
  for (const path of strays) {
    diagnostics.push({ file: path, line: 1, col: 1, severity: 'warning', code: 'file/not-read', message: t().validate.strayFile, hint: t().validate.renameFile(renaming(path)) });
  }
  return { files, diagnostics };
}

/** `calendar/2026.yaml.txt` -> `2026.yaml`: the name a stray data file should have. */
function renaming(path: string): string {
  return STRAY_FILE.exec(basename(path))![1]!;
}

function whyUnreadable(path: string, e: NodeJS.ErrnoException): string {
  if (e.code !== 'ENOENT') return describeFsError(e);
  try {
    return t().diag.danglingLink(readlinkSync(path));
  } catch {
    return describeFsError(e);
  }
}
