import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../model/vocabulary.js';
import { BUILD } from '../version.js';
import { hashText } from './content-hash.js';

/**
 * The validated records of a data folder's files, each under the length and hash of its bytes.
 * A record is served from here only for a file with exactly the content it was validated from,
 * by exactly the same build of intl; anything else is parsed and validated again.
 */
export interface Pack {
  /** Set when the cross-file rules found nothing: the hash of every file's path and content. */
  clean?: string;
  files: Record<string, { hash: string; records: [Kind, number, { id: string } & Record<string, unknown>][] }>;
}

const FORMAT = 1;

/** The pack file for one data folder (by its real path). */
export function packPath(dir: string, realDataDir: string): string {
  return join(dir, `${hashText(realDataDir)}.json`);
}

/**
 * The pack, or undefined when there is none or it cannot be trusted: another build, another
 * format, or a body whose checksum does not match (a truncated or corrupted file).
 */
export function readPack(path: string): Pack | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  try {
    const header = JSON.parse(text.slice(0, newline)) as { format?: number; build?: string; checksum?: string };
    const body = text.slice(newline + 1);
    if (header.format !== FORMAT || header.build !== BUILD || header.checksum !== checksum(body)) return undefined;
    return JSON.parse(body) as Pack;
  } catch {
    return undefined;
  }
}

/** Writes the pack through a temporary file and a rename: concurrent runs never see half a file. */
export function writePack(path: string, pack: Pack): void {
  const body = JSON.stringify(pack);
  const header = JSON.stringify({ format: FORMAT, build: BUILD, checksum: checksum(body) });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(temp, `${header}\n${body}`);
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written (read-only home, full disk) only costs speed.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Not even a look into the folder is allowed: nothing was written there.
    }
  }
}

function checksum(body: string): string {
  return hashText(body);
}
