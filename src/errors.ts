import { t } from './i18n/index.js';
import { countDiagnostics, formatDiagnostics } from './data/format-diagnostics.js';
import type { Diagnostic } from './model/diagnostic.js';

/**
 * An error meant for the person running intl: it knows its message and exit code. The entry
 * bundle and the command bundles each have a copy of this module, so errors are recognised by
 * the `intlError` mark rather than by class identity.
 */
export abstract class IntlError extends Error {
  readonly intlError = true;
  abstract readonly exitCode: number;

  /** What stderr shows. */
  describe(): string {
    return `intl: ${this.message}`;
  }
}

export function isIntlError(e: unknown): e is IntlError {
  return typeof e === 'object' && e !== null && (e as { intlError?: unknown }).intlError === true;
}

/** The user asked for something the tool does not offer: exit 2. */
export class UsageError extends IntlError {
  readonly exitCode = 2;
}

/**
 * The data folder has problems; each diagnostic names its file, line and column: exit 1. Problems
 * that follow from another are counted under it, or listed with `all`.
 */
export class DataError extends IntlError {
  readonly exitCode = 1;
  constructor(
    readonly diagnostics: Diagnostic[],
    summary?: string,
    readonly all = false,
  ) {
    super(summary ?? t().validate.problems(countDiagnostics(diagnostics)));
  }

  override describe(): string {
    return `${formatDiagnostics(this.diagnostics, this.all)}\n${this.message}`;
  }
}

/** An operation on the user's files failed (unwritable output, missing folder): exit 1. */
export class OperationError extends IntlError {
  readonly exitCode = 1;
}
