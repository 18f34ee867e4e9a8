import { isIntlError } from './errors.js';
import { t } from './i18n/index.js';
import { wrapMessage } from './output/wrap-message.js';

/** At a terminal, lines fitted to its width; in a pipe or a log, as they are, one per problem. */
function forTerminal(text: string): string {
  const { isTTY, columns } = process.stderr;
  return isTTY && columns ? wrapMessage(text, columns) : text;
}

/** Prints an error for a person on stderr and returns the exit code it deserves. */
export function report(e: unknown): number {
  if (isIntlError(e)) {
    process.stderr.write(`${forTerminal(e.describe())}\n`);
    return e.exitCode;
  }
  const detail = process.env.INTL_DEBUG && e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`intl: ${t().files.internal(detail)}\n`);
  return 1;
}
