import { resolveDataDir } from '../data/default-data-dir.js';
import { countDiagnostics, formatDiagnostics } from '../data/format-diagnostics.js';
import { countByKind, loadDataset, type LoadOptions } from '../data/load-dataset.js';
import { DataError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Kind } from '../model/vocabulary.js';
import type { GlobalOptions } from './action-options.js';
import { writeStdout } from '../output/write-stdout.js';
import { loadOptions } from './shared.js';

export interface ValidateOptions extends LoadOptions {
  /** List the problems that follow from another, not only their number. */
  all?: boolean;
}

export interface ValidateResult {
  dir: string;
  files: number;
  counts: Record<Kind, number>;
  warnings: Diagnostic[];
}

/** Checks a data folder; returns counts and warnings when it is valid, throws every problem at once when not. */
export async function runValidate(dir: string, options: ValidateOptions = {}): Promise<ValidateResult> {
  const result = await loadDataset(dir, options);
  const counts = countDiagnostics(result.diagnostics);
  if (counts.causes > 0) throw new DataError(result.diagnostics, t().validate.summary(dir, counts), options.all);
  return { dir, files: result.files.length, counts: countByKind(result.dataset), warnings: result.diagnostics };
}

export function formatValidate(r: ValidateResult): string {
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t().run.kindCount(kind, n))
    .join(', ');
  return `${t().run.valid(r.dir, r.files, counts)}\n`;
}

export async function validateAction(opts: GlobalOptions & { all?: boolean }): Promise<void> {
  const dir = resolveDataDir(opts.data);
  const result = await runValidate(dir, { ...loadOptions(opts), all: opts.all });
  if (result.warnings.length > 0) {
    process.stderr.write(`${formatDiagnostics(result.warnings)}\n${t().validate.summary(dir, countDiagnostics(result.warnings))}\n`);
  }
  writeStdout(formatValidate(result));
}
