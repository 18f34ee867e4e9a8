import { realpathSync } from 'node:fs';
import type { Dataset } from '../model/records.js';
import type { Kind } from '../model/vocabulary.js';
import { DataError } from '../errors.js';
import { formatDiagnostics } from './format-diagnostics.js';
import { writeStderr } from '../output/write-stderr.js';
import { packPath, readPack, writePack, type Pack, type PackEntry } from './cache.js';
import { crossRules } from './cross-rules.js';
import { byPosition, isWarning, type Diagnostic } from '../model/diagnostic.js';
import { foldReferences } from './fold-references.js';
import { toDataset, type LoadedRecord, type PendingDiagnostic, type Unavailable } from './loaded-record.js';
import { readSources, sourceText, type FileStat, type Source } from './read-sources.js';
import { reciprocity } from './reciprocity.js';

export interface LoadOptions {
  /** Where validated records are kept between runs; no cache when absent. */
  cacheDir?: string;
  /** Where warnings about valid data go (default: stderr, before the command's output). */
  warn?: (warnings: Diagnostic[]) => void;
  /** Called each time a file the cache could not serve is parsed and validated (for a progress bar). */
  onParsed?: (done: number, total: number) => void;
  /** In a merged folder, also check that twin links agree from both sides (as warnings). */
  reciprocity?: boolean;
}

export interface LoadResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  files: string[];
}

/**
 * Reads and validates every file of a data folder, collecting all problems in one pass. Files
 * whose exact content this build has validated before come from the cache; only the others are
 * parsed, so yaml and zod are loaded only when some file is new or changed. As in git's index, a
 * file whose stat is the one recorded with its hash is not even read.
 */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const packFile = options.cacheDir ? packFor(options.cacheDir, dir) : undefined;
  const pack = packFile ? readPack(packFile) : undefined;
  const { sources, diagnostics } = readSources(dir, (key, stat) => {
    const entry = pack?.files[key];
    return entry?.stat && sameStat(entry.stat, stat) ? entry.hash : undefined;
  });
  const cached = (s: Source) => (pack?.files[s.key]?.hash === s.hash ? pack.files[s.key] : undefined);

  const fresh: { source: Source; text: string }[] = [];
  for (const s of sources.filter((x) => !cached(x))) {
    const read = sourceText(s);
    if ('text' in read) fresh.push({ source: s, text: read.text });
    else diagnostics.push(read.problem);
  }
  const results = fresh.length === 0 ? [] : await (await import('./check-in-parallel.js')).checkSources(fresh.map((f) => ({ file: f.source.file, text: f.text })), options.onParsed);
  const checked = new Map(fresh.map((f, i) => [f.source, results[i]!]));

  const records: LoadedRecord[] = [];
  const unavailable: Unavailable[] = [];
  const next: Pack = { files: {} };
  const keep = (s: Source, kept: PackEntry['records']) => {
    next.files[s.key] = { hash: s.hash, ...(s.settled ? { stat: s.stat } : {}), records: kept };
  };
  for (const s of sources) {
    const entry = cached(s);
    const result = checked.get(s);
    if (entry) {
      records.push(...entry.records.map(([kind, index, record]) => ({ kind, index, record, file: s.file })));
      keep(s, entry.records);
    } else if (result) {
      records.push(...result.records);
      diagnostics.push(...result.diagnostics);
      unavailable.push(...result.unavailable);
      // Only a file without any problem, warnings included, is served from the cache.
      if (result.diagnostics.length === 0) keep(s, result.records.map((r) => [r.kind, r.index, r.record]));
    }
  }

  // Cross-file rules are a function of every file's content: a folder found clean before, with
  // the same files and content, is clean now.
  if (pack?.clean && sources.length === Object.keys(pack.files).length && sources.every(cached)) {
    next.clean = true;
  } else {
    const pending = crossRules(records);
    if (pending.length > 0) {
      foldReferences(diagnostics, pending, await locate(pending, sources), unavailable);
    } else if (diagnostics.length === 0) {
      next.clean = true;
    }
  }
  if (packFile && !samePack(pack, next)) writePack(packFile, next);
  // Not part of the cross rules: other commands need not hear of other offices' data on every run.
  const disagreements = options.reciprocity ? reciprocity(records) : [];
  if (disagreements.length > 0) diagnostics.push(...(await locate(disagreements, sources)));
  return { dataset: toDataset(records), diagnostics: diagnostics.sort(byPosition), files: sources.map((s) => s.file) };
}

/** Lines and columns for problems found among records, from the files' texts. */
async function locate(pending: PendingDiagnostic[], sources: Source[]): Promise<Diagnostic[]> {
  const { locatePending } = await import('./check-sources.js');
  const texts = new Map<string, string>();
  for (const s of sources) {
    const read = sourceText(s);
    if ('text' in read) texts.set(s.file, read.text);
  }
  return locatePending(pending, texts);
}

/** The pack file of a data folder; none when the folder is missing (reading it says so). */
function packFor(cacheDir: string, dir: string): string | undefined {
  try {
    return packPath(cacheDir, realpathSync.native(dir));
  } catch {
    return undefined;
  }
}

function sameStat(a: FileStat | undefined, b: FileStat | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.every((v, i) => v === b[i]));
}

function samePack(old: Pack | undefined, next: Pack): boolean {
  if (!old || old.clean !== next.clean || Object.keys(old.files).length !== Object.keys(next.files).length) return false;
  return Object.entries(next.files).every(([key, e]) => old.files[key]?.hash === e.hash && sameStat(old.files[key]?.stat, e.stat));
}

/**
 * The dataset, or a DataError listing every problem: commands never work on invalid data.
 * Warnings (text YAML dropped, files not read) are shown first; the data is still used.
 */
export async function loadValidDataset(dir: string, options: LoadOptions = {}): Promise<Dataset> {
  const result = await loadDataset(dir, options);
  if (result.diagnostics.some((d) => !isWarning(d))) throw new DataError(result.diagnostics);
  if (result.diagnostics.length > 0) (options.warn ?? printWarnings)(result.diagnostics);
  return result.dataset;
}

function printWarnings(warnings: Diagnostic[]): void {
  writeStderr(`${formatDiagnostics(warnings)}\n`);
}

export function countByKind(dataset: Dataset): Record<Kind, number> {
  return Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length])) as Record<Kind, number>;
}
