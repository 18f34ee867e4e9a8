import { isIntlError } from './errors.js';
import { t } from './i18n/index.js';
import { isTerminal } from './output/is-terminal.js';
import { wrapMessage } from './output/wrap-message.js';
import { writeStderr } from './output/write-stderr.js';

/** At a terminal, lines fitted to its width; in a pipe or a log, as they are, one per problem. */
function forTerminal(text: string): string {
  return isTerminal(2) && process.stderr.columns ? wrapMessage(text, process.stderr.columns) : text;
}

/** Prints an error for a person on stderr and returns the exit code it deserves. */
export function report(e: unknown): number {
  if (isIntlError(e)) {
    writeStderr(`${forTerminal(e.describe())}\n`);
    return e.exitCode;
  }
  const detail = process.env.INTL_DEBUG && e instanceof Error ? (e.stack ?? e.message) : String(e);
  writeStderr(`intl: ${t().files.internal(detail)}\n`);
  return 1;
}
