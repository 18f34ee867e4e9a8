import { resolveDataDir } from '../data/default-data-dir.js';
import { countByKind, loadDataset, type LoadOptions } from '../data/load-dataset.js';
import { DataError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Kind } from '../model/vocabulary.js';
import type { GlobalOptions } from './action-options.js';
import { writeStdout } from '../output/write-stdout.js';
import { loadOptions } from './shared.js';

export interface ValidateResult {
  dir: string;
  files: number;
  counts: Record<Kind, number>;
}

/** Checks a data folder; returns counts when it is valid, throws every problem at once when not. */
export async function runValidate(dir: string, options: LoadOptions = {}): Promise<ValidateResult> {
  const result = await loadDataset(dir, options);
  if (result.diagnostics.length > 0) {
    throw new DataError(result.diagnostics, t().run.problemsIn(dir, result.diagnostics.length));
  }
  return { dir, files: result.files.length, counts: countByKind(result.dataset) };
}

export function formatValidate(r: ValidateResult): string {
  const counts = Object.entries(r.counts)
    .map(([kind, n]) => t().run.kindCount(kind, n))
    .join(', ');
  return `${t().run.valid(r.dir, r.files, counts)}\n`;
}

export async function validateAction(opts: GlobalOptions & GlobalOptions): Promise<void> {
  writeStdout(formatValidate(await runValidate(resolveDataDir(opts.data), loadOptions(opts))));
}
