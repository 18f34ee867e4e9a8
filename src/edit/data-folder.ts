import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkSource, validateTexts } from '../data/check-sources.js';
import { decodeUtf8 } from '../data/decode-utf8.js';
import type { LoadedRecord } from '../data/loaded-record.js';
import { readSources } from '../data/read-sources.js';
import { DataError } from '../errors.js';
import type { Kind } from '../model/vocabulary.js';

/** A data folder's files as text, with every record and where it stands. */
export interface Folder {
  dir: string;
  /** Text by file path as shown to the user. */
  texts: Map<string, string>;
  records: LoadedRecord[];
}

/** Reads a folder for editing; a folder that does not validate is refused before any change. */
export function readFolder(dir: string): Folder {
  const { sources, diagnostics } = readSources(dir);
  const texts = new Map<string, string>();
  for (const s of sources) {
    // With no stat known, readSources reads every file.
    const decoded = decodeUtf8(s.bytes!);
    if ('text' in decoded) texts.set(s.file, decoded.text);
  }
  const checked = validateTexts([...texts].map(([file, text]) => ({ file, text })));
  if (diagnostics.length + checked.diagnostics.length > 0) throw new DataError([...diagnostics, ...checked.diagnostics]);
  const records = [...texts].flatMap(([file, text]) => checkSource(file, text).records);
  return { dir, texts, records };
}

/** The whole folder checked with one file's new text: what a change would leave behind. */
export function checkWith(folder: Folder, file: string, text: string): void {
  checkWithAll(folder, new Map([[file, text]]));
}

/** The whole folder checked with several files' new texts, as one change. */
export function checkWithAll(folder: Folder, changed: Map<string, string>): void {
  const texts = new Map([...folder.texts, ...changed]);
  const { diagnostics } = validateTexts([...texts].map(([f, t]) => ({ file: f, text: t })));
  if (diagnostics.length > 0) throw new DataError(diagnostics);
}

/**
 * Where a new record goes: a calendar entry into the file that holds entries of its year (else
 * `<year>.yaml` beside the other calendar files, else `calendar/<year>.yaml`); any other record
 * into the first file that holds its kind, else `<kind>.yaml`.
 */
export function fileFor(folder: Folder, kind: Kind, year?: string): string {
  const ofKind = folder.records.filter((r) => r.kind === kind);
  if (kind === 'calendar' && year !== undefined) {
    const sameYear = ofKind.find((r) => String(r.record.start).startsWith(year));
    if (sameYear) return sameYear.file;
    const beside = ofKind[0] ? dirname(ofKind[0].file) : join(shown(folder.dir), 'calendar');
    return join(beside, `${year}.yaml`);
  }
  return ofKind[0]?.file ?? [...folder.texts.keys()].find((f) => (folder.texts.get(f) ?? '').match(new RegExp(`^${kind}:`, 'm'))) ?? join(shown(folder.dir), `${kind}.yaml`);
}

/** The folder as the loader shows its files: relative to the working folder where inside it. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel.startsWith('..') ? dir : rel || '.';
}

export function isNewFile(folder: Folder, file: string): boolean {
  return !folder.texts.has(file) && !existsSync(file);
}

/** A new file starts with the schema modeline of a file beside it, so editors check it too. */
export function siblingModeline(folder: Folder, file: string): string {
  const sibling = [...folder.texts].find(([f]) => dirname(f) === dirname(file));
  const first = sibling?.[1].split('\n')[0] ?? '';
  return first.startsWith('# yaml-language-server:') ? `${first}\n` : '';
}
