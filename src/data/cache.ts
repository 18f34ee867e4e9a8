import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../model/vocabulary.js';
import { BUILD } from '../version.js';
import { writeCacheFile } from './cache-dir.js';
import { hashLatin1, hashText } from './content-hash.js';
import type { FileStat } from './read-sources.js';

/**
 * The validated records of a data folder's files, each under the length and hash of its bytes.
 * A record is served from here only for a file with exactly the content it was validated from,
 * by exactly the same build of intl; anything else is parsed and validated again.
 */
export interface Pack {
  /** Set when the cross-file rules found nothing in exactly these files with these hashes. */
  clean?: boolean;
  files: Record<string, PackEntry>;
}

export interface PackEntry {
  hash: string;
  /** The file's stat when its content had this hash; absent while that stat was not settled. */
  stat?: FileStat;
  records: [Kind, number, { id: string } & Record<string, unknown>][];
}

const FORMAT = 4;

/** The pack file for one data folder (by its real path). */
export function packPath(dir: string, realDataDir: string): string {
  return join(dir, `${hashText(realDataDir)}.json`);
}

/** The pack's first line up to its checksum: what a pack this build can read starts with. */
const HEADER = `intl-pack ${FORMAT} ${BUILD} `;

/**
 * The pack, or undefined when there is none or it cannot be trusted: another build, another
 * format, or a body whose checksum does not match (a truncated or corrupted file). The first
 * line is plain text, compared as it is: a start reads it without a JSON parser's warm-up. The
 * file is ASCII (writePack), which node reads into a string at once, without a buffer between.
 */
export function readPack(path: string): Pack | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1);
  if (newline < 0 || text.slice(0, newline) !== HEADER + hashLatin1(body)) return undefined;
  try {
    return JSON.parse(body) as Pack;
  } catch {
    return undefined;
  }
}

/** Writes the pack with every character beyond ASCII as a JSON escape (`\u00f8` for ø). */
export function writePack(path: string, pack: Pack): void {
  const body = JSON.stringify(pack).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeCacheFile(path, Buffer.from(`${HEADER}${hashLatin1(body)}\n${body}`, 'latin1'));
}
