import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OperationError } from '../errors.js';

/**
 * Writes `text` to stdout (no target or `-`) or to a file. A file is written to a temporary
 * sibling and renamed over the target, so a failed or interrupted run leaves the old file as it was.
 */
export function writeOutput(text: string, target: string | undefined, protectedFiles: string[] = []): void {
  if (target === undefined || target === '-') {
    process.stdout.write(text);
    return;
  }
  const path = resolve(target);
  refuseProtected(path, target, protectedFiles);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new OperationError(`cannot write ${target}: ${describe(e as NodeJS.ErrnoException)}`);
  }
}

function refuseProtected(path: string, target: string, protectedFiles: string[]): void {
  const real = realOrSelf(path);
  if (protectedFiles.some((f) => realOrSelf(resolve(f)) === real)) {
    throw new OperationError(`refusing to write ${target}: it is one of the data files`);
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function describe(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return e.message;
  }
}
