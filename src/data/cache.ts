import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../model/vocabulary.js';
import { BUILD } from '../version.js';
import { writeCacheFile } from './cache-dir.js';
import { hashBytes, hashText } from './content-hash.js';
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

const FORMAT = 3;

/** The pack file for one data folder (by its real path). */
export function packPath(dir: string, realDataDir: string): string {
  return join(dir, `${hashText(realDataDir)}.json`);
}

/** The pack's first line up to its checksum: what a pack this build can read starts with. */
const HEADER = `intl-pack ${FORMAT} ${BUILD} `;

/**
 * The pack, or undefined when there is none or it cannot be trusted: another build, another
 * format, or a body whose checksum does not match (a truncated or corrupted file). The first
 * line is plain text, compared as it is: a start reads it without a JSON parser's warm-up.
 */
export function readPack(path: string): Pack | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = Uint8Array.prototype.indexOf.call(bytes, 10);
  if (newline < 0 || bytes.toString('latin1', 0, newline) !== HEADER + hashBytes(bytes.subarray(newline + 1))) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8', newline + 1)) as Pack;
  } catch {
    return undefined;
  }
}

export function writePack(path: string, pack: Pack): void {
  const body = Buffer.from(JSON.stringify(pack));
  writeCacheFile(path, Buffer.concat([Buffer.from(`${HEADER}${hashBytes(body)}\n`), body]));
}
