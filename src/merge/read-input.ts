import { checkFolder, checkParsed } from '../data/check-sources.js';
import type { CheckedFile } from '../data/check-records.js';
import type { LoadedRecord } from '../data/loaded-record.js';
import { readSources, sourceText } from '../data/read-sources.js';
import { parseYamlFile } from '../data/yaml-file.js';
import { isWarning, type Diagnostic } from '../model/diagnostic.js';
import { idOffsets } from './namespace-ids.js';

/** One data file of a folder to merge. */
export interface InputFile {
  /** The path as diagnostics show it. */
  file: string;
  /** The path inside its folder, which it keeps in the merged folder. */
  key: string;
  text: string;
  /** Where its ids stand in the text; undefined when it is to be written afresh. */
  offsets: number[] | undefined;
}

/** A municipality's folder, read and checked as `intl validate` checks it. */
export interface InputFolder {
  dir: string;
  files: InputFile[];
  /** Its records with their ids as written, each at its place in its file. */
  records: LoadedRecord[];
  /** Its problems, warnings included. */
  diagnostics: Diagnostic[];
}

/**
 * Checks a folder's files: each is parsed once, for its records, its problems and the places of
 * its ids, and then let go, so that a national merge never holds every parsed document at once.
 */
export function checkInput(dir: string, read: ReturnType<typeof readSources>, onParsed?: () => void): InputFolder {
  const diagnostics = [...read.diagnostics];
  const files: InputFile[] = [];
  const checked: CheckedFile[] = [];
  for (const s of read.sources) {
    const text = sourceText(s);
    if (!('text' in text)) {
      diagnostics.push(text.problem);
      continue;
    }
    const parsed = parseYamlFile(text.text, s.file);
    const result = checkParsed(parsed);
    checked.push(result);
    const ok = !result.diagnostics.some((d) => !isWarning(d));
    files.push({ file: s.file, key: s.key, text: text.text, offsets: ok ? idOffsets(parsed.doc, result.records) : undefined });
    onParsed?.();
  }
  const folder = checkFolder(checked, new Map(files.map((f) => [f.file, f.text])));
  return { dir, files, records: folder.records, diagnostics: [...diagnostics, ...folder.diagnostics] };
}

/** Reads and checks the folders to merge; `onParsed` hears of each file parsed, of all of them. */
export function readInputs(dirs: string[], onParsed?: (done: number, total: number) => void): InputFolder[] {
  const read = dirs.map((dir) => readSources(dir));
  const total = read.reduce((n, r) => n + r.sources.length, 0);
  let done = 0;
  return dirs.map((dir, i) => checkInput(dir, read[i]!, onParsed && (() => onParsed(++done, total))));
}
