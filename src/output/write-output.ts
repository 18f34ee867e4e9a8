import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DATA_FILE } from '../data/find-files.js';
import { OperationError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { writeStdout } from './write-stdout.js';

/**
 * Writes `text` to stdout (no target or `-`) or to a file. A file is written to a temporary
 * sibling and renamed over the target, so a failed or interrupted run leaves the old file as it was.
 * A YAML file inside `dataDir` is refused: it is, or would become, part of the data.
 */
export function writeOutput(text: string, target: string | undefined, dataDir?: string): void {
  if (target === undefined || target === '-') {
    writeStdout(text);
    return;
  }
  const path = resolve(target);
  if (dataDir !== undefined) refuseDataFile(path, target, dataDir);
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

function refuseDataFile(path: string, target: string, dataDir: string): void {
  const within = relative(realOrSelf(resolve(dataDir)), join(realOrSelf(dirname(path)), basename(path)));
  if (!DATA_FILE.test(path) || within.startsWith('..') || isAbsolute(within)) return;
  const what = existsSync(path) ? 'it is one of the data files' : 'it would be read as a data file';
  throw new OperationError(`refusing to write ${target}: ${what}`);
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
