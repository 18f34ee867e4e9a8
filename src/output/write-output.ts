import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OperationError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { writeStdout } from './write-stdout.js';

/**
 * Writes `text` to stdout (no target or `-`) or to a file. A file is written to a temporary
 * sibling and renamed over the target, so a failed or interrupted run leaves the old file as it was.
 */
export function writeOutput(text: string, target: string | undefined, protectedFiles: string[] = []): void {
  if (target === undefined || target === '-') {
    writeStdout(text);
    return;
  }
  const path = resolve(target);
  refuseProtected(path, target, protectedFiles);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  cleanUpOnSignal(temp);
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

/**
 * Ctrl-C or a kill while the file is written must leave no temporary file. The writes are
 * synchronous, so a handler runs only after them; it removes what is left and exits as the
 * signal would have.
 */
function cleanUpOnSignal(temp: string): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      rmSync(temp, { force: true });
      process.exit(code);
    });
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
  return e.code === 'ENOENT' ? 'the folder does not exist' : describeFsError(e);
}
