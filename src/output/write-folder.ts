import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { OperationError } from '../errors.js';
import { t } from '../i18n/index.js';
import { resolveTarget } from './resolve-target.js';
import { writeAll } from './write-all.js';
import { cleanUpOnSignal, describe, realOrSelf } from './write-output.js';

/** A folder a command may write: where it is, and whether one is there to replace. */
export interface FolderTarget {
  path: string;
  exists: boolean;
}

/**
 * Where a folder of output goes, checked before any work: a new path, an empty folder, or one
 * `ours` says this command made (it is replaced whole); never a file or device, never inside a
 * data folder nor holding one (replacing it would delete the data).
 */
export function folderTarget(target: string, dataDirs: string[], ours: (dir: string) => boolean): FolderTarget {
  const f = t().files;
  const resolved = resolveTarget(target);
  if (resolved.kind !== 'folder' && (resolved.kind !== 'replace' || resolved.existing)) throw new OperationError(f.notAFolderToWrite(target));
  const path = realOrSelf(resolved.path);
  const real = join(realOrSelf(dirname(path)), basename(path));
  for (const dir of dataDirs) {
    const data = realOrSelf(dir);
    if (within(data, real)) throw new OperationError(f.insideData(target, dir));
    if (within(real, data)) throw new OperationError(f.holdsData(target, dir));
  }
  const exists = resolved.kind === 'folder';
  if (exists && readdirSync(real).length > 0 && !ours(real)) throw new OperationError(f.notOwnFolder(target, 'merge.yaml'));
  return { path: real, exists };
}

const within = (outer: string, inner: string) => {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Writes every file into a temporary folder beside the target, then renames it into place (the
 * old folder aside first, removed after), so that a failed or interrupted run leaves the old
 * folder, or none, as it was: never a folder half written.
 */
export function writeFolder(target: FolderTarget, files: Map<string, string>, shown: string): void {
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.tmp`);
  const old = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.old`);
  cleanUpOnSignal(temp);
  try {
    mkdirSync(dirname(target.path), { recursive: true });
    mkdirSync(temp);
    for (const [path, text] of files) writeNew(join(temp, path), text);
    if (target.exists) renameSync(target.path, old);
    try {
      renameSync(temp, target.path);
    } catch (e) {
      if (target.exists) renameSync(old, target.path);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw new OperationError(t().files.cannotWrite(shown, describe(e as NodeJS.ErrnoException)));
  }
}

function writeNew(path: string, text: string): void {
  if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx', 0o666);
  try {
    writeAll(fd, Buffer.from(text));
  } finally {
    closeSync(fd);
  }
}
