import { readFileSync, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { describeFsError } from '../fs-errors.js';
import { t } from '../i18n/index.js';
import { hashBytes } from './content-hash.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { findDataFiles } from './find-files.js';
import { LIMITS } from './limits.js';

/** What identifies a file's state without reading it: size, mtime, ctime (ms) and inode. */
export type FileStat = [number, number, number, number];

/** One data file: its name as shown to the user, what identifies its content, and maybe its bytes. */
export interface Source {
  /** The path as shown in diagnostics: relative to the working folder where it is inside it. */
  file: string;
  /** The path on disk. */
  path: string;
  /** The path inside the data folder: the same wherever the tool runs from. */
  key: string;
  /** Length and hash of the bytes: the cache serves a file's records only for this content. */
  hash: string;
  stat: FileStat;
  /** The bytes, unless the file was known by its stat and not read. */
  bytes?: Buffer;
  /**
   * Whether the file was last changed long enough before it was read that a later change must
   * give it another stat. A change within the same tick of the file system's clock leaves size,
   * mtime and ctime as they were (git's "racily clean" files): only a settled stat may stand
   * for the content.
   */
  settled: boolean;
}

/**
 * How long after a change a file's stat may still be shared with the next change: file systems
 * keep times to the nanosecond, to a clock tick, to the second or (FAT) to two seconds, and
 * network file systems take them from another machine's clock.
 */
const RACY_MS = 3000;

/**
 * Reads every data file of a folder, reporting files that cannot be read or are too large.
 * `known` gives the hash recorded earlier for a file in exactly this state; such a file is not
 * read.
 */
export function readSources(
  dir: string,
  known: (key: string, stat: FileStat) => string | undefined = () => undefined,
): { sources: Source[]; diagnostics: Diagnostic[] } {
  const found = findDataFiles(dir);
  const shown = displayFolder(dir);
  const diagnostics = found.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) }));
  const sources: Source[] = [];
  for (const { path, key, stats } of found.files) {
    const file = shown === undefined ? path : shown + key;
    const stat: FileStat = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
    const report = (message: string) => diagnostics.push({ file, line: 1, col: 1, message });
    if (stats.size > LIMITS.maxFileBytes) {
      report(t().diag.tooLarge(stats.size, LIMITS.maxFileBytes));
      continue;
    }
    const hash = known(key, stat);
    if (hash !== undefined) {
      sources.push({ file, path, key, hash, stat, settled: true });
      continue;
    }
    try {
      const bytes = readFileSync(path);
      sources.push({ file, path, key, bytes, hash: hashBytes(bytes), stat, settled: isSettled(stats, Date.now()) });
    } catch (e) {
      report(t().diag.cannotRead(describeFsError(e as NodeJS.ErrnoException)));
    }
  }
  return { sources, diagnostics };
}

/** Whether a file read at `readAt` had changed for the last time before its clock could tick again. */
export function isSettled(stats: Pick<Stats, 'mtimeMs' | 'ctimeMs'>, readAt: number): boolean {
  return Math.max(stats.mtimeMs, stats.ctimeMs) < readAt - RACY_MS;
}

/** The file's bytes: those read already, or read now for a file known by its stat. */
export function sourceBytes(source: Source): Buffer | undefined {
  try {
    return source.bytes ?? readFileSync(source.path);
  } catch {
    return undefined;
  }
}

/**
 * How files in the folder are shown: after this prefix, relative to the working folder when they
 * are inside it; undefined where they are shown by their whole path.
 */
function displayFolder(dir: string): string | undefined {
  const rel = insideWorkingFolder(dir);
  return rel === undefined || rel === '' ? rel : rel + sep;
}

/**
 * `path` from the working folder when it is inside it ('' for the folder itself), else undefined.
 * (path.relative answers the same, at the cost of compiling it at every start.)
 */
function insideWorkingFolder(path: string): string | undefined {
  const cwd = process.cwd();
  const full = resolve(path);
  if (full === cwd) return '';
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  return full.startsWith(prefix) ? full.slice(prefix.length) : undefined;
}

/** A file's text, or the problem of its first byte that is not UTF-8. */
export function sourceText(s: Source): { text: string } | { problem: Diagnostic } {
  const decoded = decodeUtf8(sourceBytes(s) ?? Buffer.alloc(0));
  if ('text' in decoded) return decoded;
  return { problem: { file: s.file, ...decoded, code: 'file/not-utf8', message: t().diag.notUtf8, hint: t().validate.saveUtf8 } };
}

/** A path as shown in a diagnostic: relative to the working folder where it is inside it. */
function displayPath(path: string): string {
  return insideWorkingFolder(path) || path;
}
