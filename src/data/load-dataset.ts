import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { emptyDataset, type Dataset, type Kind } from '../model/dataset.js';
import { DataError } from '../errors.js';
import { checkRecords, type Located } from './check-records.js';
import { crossRules } from './cross-rules.js';
import { decodeUtf8 } from './decode-utf8.js';
import { byPosition, type Diagnostic } from './diagnostic.js';
import { describeFsError } from '../fs-errors.js';
import { findDataFiles } from './find-files.js';
import { LIMITS } from './limits.js';
import { parseYamlFile } from './yaml-file.js';

export interface LoadResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  files: string[];
}

/** Reads, parses and validates every file of a data folder, collecting all problems in one pass. */
export function loadDataset(dir: string): LoadResult {
  const found = findDataFiles(dir);
  const diagnostics = [...found.diagnostics];
  const texts: SourceText[] = [];
  for (const path of found.files) {
    const file = displayPath(path);
    const text = readText(path, file, diagnostics);
    if (text !== undefined) texts.push({ file, text });
  }
  const result = validateTexts(texts);
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics].sort(byPosition), files: found.files.map(displayPath) };
}

export interface SourceText {
  file: string;
  text: string;
}

/** Parses and validates the texts of a folder's files: the whole check, without the file system. */
export function validateTexts(texts: SourceText[]): Omit<LoadResult, 'files'> {
  const diagnostics: Diagnostic[] = [];
  const records: Located[] = [];
  for (const { file, text } of texts) {
    const parsed = parseYamlFile(text, file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    const checked = checkRecords(parsed);
    records.push(...checked.records);
    diagnostics.push(...checked.diagnostics);
  }
  diagnostics.push(...crossRules(records));
  const dataset = emptyDataset();
  for (const r of records) (dataset[r.kind] as unknown[]).push(r.record);
  return { dataset, diagnostics: diagnostics.sort(byPosition) };
}

/** The dataset, or a DataError listing every problem: commands never work on invalid data. */
export function loadValidDataset(dir: string): Dataset {
  const result = loadDataset(dir);
  if (result.diagnostics.length > 0) throw new DataError(result.diagnostics);
  return result.dataset;
}

export function countByKind(dataset: Dataset): Record<Kind, number> {
  return Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length])) as Record<Kind, number>;
}

function readText(path: string, file: string, diagnostics: Diagnostic[]): string | undefined {
  const report = (message: string) => diagnostics.push({ file, line: 1, col: 1, message });
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxFileBytes) {
      report(`the file is ${size} bytes; data files may be at most ${LIMITS.maxFileBytes} bytes`);
      return undefined;
    }
    const decoded = decodeUtf8(readFileSync(path));
    if ('text' in decoded) return decoded.text;
    diagnostics.push({ file, ...decoded, message: 'not UTF-8 text: save the file as UTF-8' });
    return undefined;
  } catch (e) {
    report(`cannot read: ${describeFsError(e as NodeJS.ErrnoException)}`);
    return undefined;
  }
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}
