import { formatDiagnostics } from '../data/format-diagnostics.js';
import { DataError } from '../errors.js';
import { t } from '../i18n/index.js';
import { isMergedFolder, planMerge, type MergePlan } from '../merge/plan.js';
import { readInputs } from '../merge/read-input.js';
import { renderCiReport } from '../output/ci-problems.js';
import type { CiFormat } from '../output/formats.js';
import { folderTarget, writeFolder } from '../output/write-folder.js';
import { writeStderr } from '../output/write-stderr.js';
import { writeStdout } from '../output/write-stdout.js';
import type { GlobalOptions } from './action-options.js';
import { progressOption } from './progress.js';
import { repoRoot } from './repo-root.js';
import { readSchema } from './schema.js';
import { warn } from './shared.js';
import { ciReport } from './validate.js';

export interface MergeOptions extends GlobalOptions {
  output: string;
  format?: CiFormat;
}

/** Reads, checks and merges municipalities' folders, without writing anything. */
export function runMerge(dirs: string[], onParsed?: (done: number, total: number) => void): MergePlan {
  return planMerge(readInputs(dirs, onParsed), readSchema());
}

/**
 * `intl merge DIR... -o OUT`: the output folder is checked first, so a wrong request reads
 * nothing; then every input is read and checked, the merge planned, its warnings shown (as
 * `validate` shows them, or in a CI format on stdout), and the folder written as one.
 */
export async function mergeAction(dirs: string[], opts: MergeOptions): Promise<void> {
  const target = folderTarget(opts.output, dirs, isMergedFolder);
  const ci = opts.format && opts.format !== 'text' ? opts.format : undefined;
  let plan: MergePlan;
  try {
    plan = runMerge(dirs, progressOption(opts).onParsed);
  } catch (e) {
    if (!ci || !(e instanceof DataError)) throw e;
    process.exitCode = 1;
    return writeStdout(renderCiReport(ci, ciReport(opts.output, 0, e.diagnostics, repoRoot())));
  }
  if (ci) writeStdout(renderCiReport(ci, ciReport(opts.output, plan.files.size, plan.warnings, repoRoot())));
  else if (plan.warnings.length > 0) writeStderr(`${formatDiagnostics(plan.warnings)}\n`);
  writeFolder(target, plan.files, opts.output);
  if (!opts.quiet) warn(t().merge.wrote(plan.municipalities.length, plan.files.size, plan.places.length, plan.warnings.length, opts.output));
}
