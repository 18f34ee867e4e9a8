import { formatDiagnostic, type Diagnostic } from './data/diagnostic.js';

/** The user asked for something the tool does not offer: exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The data folder has problems; each diagnostic names its file, line and column: exit 1. */
export class DataError extends Error {
  readonly exitCode = 1;
  constructor(readonly diagnostics: Diagnostic[], summary?: string) {
    super(summary ?? `${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'} in the data`);
  }

  override toString(): string {
    return [...this.diagnostics.map(formatDiagnostic), this.message].join('\n');
  }
}

/** An operation on the user's files failed (unwritable output, missing folder): exit 1. */
export class OperationError extends Error {
  readonly exitCode = 1;
}
