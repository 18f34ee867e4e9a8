import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { describeFsError } from '../fs-errors.js';
import { t } from '../i18n/index.js';
import { hashBytes } from './content-hash.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { findDataFiles } from './find-files.js';
import { LIMITS } from './limits.js';

/** One data file's bytes, its name as shown to the user, and what identifies its content. */
export interface Source {
  /** The path as shown in diagnostics: relative to the working folder where it is inside it. */
  file: string;
  /** The path inside the data folder: the same wherever the tool runs from. */
  key: string;
  bytes: Buffer;
  /** Length and hash of the bytes: the cache serves a file's records only for this content. */
  hash: string;
}

/** Reads every data file of a folder, reporting files that cannot be read or are too large. */
export function readSources(dir: string): { sources: Source[]; diagnostics: Diagnostic[] } {
  const found = findDataFiles(dir);
  const diagnostics = found.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) }));
  const sources: Source[] = [];
  for (const path of found.files) {
    const file = displayPath(path);
    const report = (message: string) => diagnostics.push({ file, line: 1, col: 1, message });
    try {
      const size = statSync(path).size;
      if (size > LIMITS.maxFileBytes) {
        report(t().diag.tooLarge(size, LIMITS.maxFileBytes));
        continue;
      }
      const bytes = readFileSync(path);
      sources.push({ file, key: relative(dir, path), bytes, hash: hashBytes(bytes) });
    } catch (e) {
      report(t().diag.cannotRead(describeFsError(e as NodeJS.ErrnoException)));
    }
  }
  return { sources, diagnostics };
}

/** A file's text, or the problem of its first byte that is not UTF-8. */
export function sourceText(s: Source): { text: string } | { problem: Diagnostic } {
  const decoded = decodeUtf8(s.bytes);
  if ('text' in decoded) return decoded;
  return { problem: { file: s.file, ...decoded, code: 'file/not-utf8', message: t().diag.notUtf8, hint: t().validate.saveUtf8 } };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}
