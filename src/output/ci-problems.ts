// Problems of a data folder as the machine formats take them: one flat list, paths relative to
// the repository root, so that CI engines place each on the changed line of a merge request.

import type { CiFormat } from './formats.js';
import { githubAnnotations } from './github-annotations.js';
import { gitlabCodeQuality } from './gitlab-code-quality.js';

export interface CiProblem {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** A stable name for the kind of problem, such as `yaml/colon-in-text`. */
  code: string;
  field?: string;
  message: string;
  hint?: string;
  /** The record, field, message and hint in one sentence, as people read it. */
  text: string;
  /**
   * The same while the problem stays, also when lines are added above it: file, code, field and
   * message, and how many such came before it. GitLab compares them to say which problems are new.
   */
  fingerprint: string;
  /** Where the problem this one follows from is: it goes away when that is mended. */
  cause?: { file: string; line: number; col: number };
}

export interface CiReport {
  dir: string;
  valid: boolean;
  files: number;
  errors: number;
  warnings: number;
  problems: CiProblem[];
}

export function renderCiReport(format: Exclude<CiFormat, 'text'>, report: CiReport): string {
  if (format === 'github') return githubAnnotations(report.problems);
  if (format === 'gitlab') return gitlabCodeQuality(report.problems);
  return `${JSON.stringify(report, null, 2)}\n`;
}
