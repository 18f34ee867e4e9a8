import { closeSync, existsSync, mkdirSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DATA_FILE } from '../model/data-file.js';
import { OperationError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { t } from '../i18n/index.js';
import { resolveTarget } from './resolve-target.js';
import { writeAll } from './write-all.js';
import { writeStdout } from './write-stdout.js';

/**
 * Writes `text` to stdout (no target or `-`) or to `target`, after finding out what it is (see
 * resolveTarget): a regular file is replaced whole through a temporary sibling, keeping its mode
 * and owner; a device or FIFO is written in place, an open descriptor through itself; a folder
 * is refused. Every write is checked.
 * A YAML file inside `dataDir` is refused: it is, or would become, part of the data.
 */
export function writeOutput(text: string, target: string | undefined, dataDir?: string): void {
  if (target === undefined || target === '-') {
    writeStdout(text);
    return;
  }
  const bytes = Buffer.from(text);
  try {
    const resolved = resolveTarget(target);
    if (resolved.kind === 'folder') throw Object.assign(new Error(), { code: 'EISDIR' });
    if (resolved.kind === 'descriptor') return writeAll(resolved.fd, bytes);
    if (resolved.kind === 'direct') return writeInPlace(resolved.path, bytes);
    if (dataDir !== undefined) refuseDataFile(resolved.path, target, dataDir);
    replaceFile(resolved.path, bytes, resolved.existing);
  } catch (e) {
    if ((e as { intlError?: boolean }).intlError) throw e;
    // A reader that stopped early (a FIFO, /dev/stdout into `head`) ends the run quietly, as on stdout.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw new OperationError(t().files.cannotWrite(target, describe(e as NodeJS.ErrnoException)));
  }
}

/**
 * Replaces one of the data files (for add, set, remove, import): the same safe write as -o, for
 * a path the data-file guard would refuse; its folder is made when new (calendar/2026.yaml).
 */
export function writeDataFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    const resolved = resolveTarget(path);
    if (resolved.kind !== 'replace') throw Object.assign(new Error(), { code: 'EISDIR' });
    replaceFile(resolved.path, Buffer.from(text), resolved.existing);
  } catch (e) {
    throw new OperationError(t().files.cannotWrite(path, describe(e as NodeJS.ErrnoException)));
  }
}

/** A device, FIFO or descriptor: opened and written, never renamed over. */
function writeInPlace(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

function replaceFile(path: string, bytes: Uint8Array, existing: Stats | undefined): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  cleanUpOnSignal(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o666);
    if (existing) keepModeAndOwner(fd, existing);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}

/** The replacement gets the replaced file's mode (a private 600 export stays private) and owner. */
function keepModeAndOwner(fd: number, existing: Stats): void {
  fchmodSync(fd, existing.mode & 0o7777);
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // Only root may give a file away; anyone else's copy stays theirs, as with `cp`.
  }
}

/**
 * Ctrl-C or a kill while the file (or folder) is written must leave no temporary one. The writes
 * are synchronous, so a handler runs only after them; it removes what is left and exits as the
 * signal would have.
 */
export function cleanUpOnSignal(temp: string): void {
  temps.add(temp);
  if (temps.size > 1) return;
  // One set of handlers for the whole run, however many files it writes (the site writes dozens).
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      for (const t of temps) rmSync(t, { force: true, recursive: true });
      process.exit(code);
    });
  }
}

const temps = new Set<string>();

function refuseDataFile(path: string, target: string, dataDir: string): void {
  const within = relative(realOrSelf(resolve(dataDir)), join(realOrSelf(dirname(path)), basename(path)));
  if (!DATA_FILE.test(path) || within.startsWith('..') || isAbsolute(within)) return;
  const f = t().files;
  throw new OperationError(existsSync(path) ? f.refuseDataFile(target) : f.refuseNewDataFile(target));
}

export function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function describe(e: NodeJS.ErrnoException): string {
  return e.code === 'ENOENT' ? t().files.noFolder : describeFsError(e);
}
