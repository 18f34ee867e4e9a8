import { resolveDataDir } from '../data/default-data-dir.js';
import { countDiagnostics, formatDiagnostics, problemText, withFollowers } from '../data/format-diagnostics.js';
import { countByKind, loadDataset, type LoadOptions } from '../data/load-dataset.js';
import { hashText } from '../data/content-hash.js';
import { DataError } from '../errors.js';
import { t } from '../i18n/index.js';
import { isWarning, type Diagnostic } from '../model/diagnostic.js';
import type { Kind } from '../model/vocabulary.js';
import type { GlobalOptions } from './action-options.js';
import { renderCiReport, type CiProblem, type CiReport } from '../output/ci-problems.js';
import type { CiFormat } from '../output/formats.js';
import { writeStderr } from '../output/write-stderr.js';
import { writeStdout } from '../output/write-stdout.js';
import { repoPath, repoRoot } from './repo-root.js';
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

export async function validateAction(opts: GlobalOptions & { all?: boolean; format?: CiFormat }): Promise<void> {
  const dir = resolveDataDir(opts.data);
  if (opts.format && opts.format !== 'text') return validateForCi(dir, opts.format, opts);
  const result = await runValidate(dir, { ...loadOptions(opts), all: opts.all, reciprocity: true });
  if (result.warnings.length > 0) {
    writeStderr(`${formatDiagnostics(result.warnings)}\n${t().validate.summary(dir, countDiagnostics(result.warnings))}\n`);
  }
  writeStdout(formatValidate(result));
}

/**
 * Every problem, followers included, on stdout in a CI engine's format; the count on stderr. The
 * exit code is that of the text form: 1 when there is an error.
 */
async function validateForCi(dir: string, format: Exclude<CiFormat, 'text'>, opts: GlobalOptions): Promise<void> {
  const result = await loadDataset(dir, { ...loadOptions(opts), reciprocity: true });
  const report = ciReport(dir, result.files.length, result.diagnostics, repoRoot());
  writeStdout(renderCiReport(format, report));
  if (result.diagnostics.length > 0) writeStderr(`${t().validate.summary(dir, countDiagnostics(result.diagnostics))}\n`);
  if (!report.valid) process.exitCode = 1;
}

export function ciReport(dir: string, files: number, diagnostics: Diagnostic[], root: string): CiReport {
  const seen = new Map<string, number>();
  const problems = diagnostics.flatMap((d) =>
    withFollowers([d]).map((f) => {
      const p = ciProblem(f, f === d ? undefined : d, root);
      const key = [p.file, p.code, p.field ?? '', p.message].join('\0');
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return { ...p, fingerprint: hashText(`${key}\0${seen.get(key)}`) };
    }),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { dir, valid: errors === 0, files, errors, warnings: problems.length - errors, problems };
}

function ciProblem(d: Diagnostic, cause: Diagnostic | undefined, root: string): Omit<CiProblem, 'fingerprint'> {
  // As in the text form, a follower's hint is left out: its cause's hint is the fix.
  const shown = cause ? { ...d, hint: undefined } : d;
  return {
    file: repoPath(d.file, root),
    line: d.line,
    col: d.col,
    severity: isWarning(d) ? 'warning' : 'error',
    code: d.code ?? 'intl/problem',
    ...(d.field ? { field: d.field } : {}),
    message: d.message,
    ...(shown.hint ? { hint: shown.hint } : {}),
    text: problemText(shown),
    ...(cause ? { cause: { file: repoPath(cause.file, root), line: cause.line, col: cause.col } } : {}),
  };
}
