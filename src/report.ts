import { isIntlError } from './errors.js';
import { t } from './i18n/index.js';

/** Prints an error for a person on stderr and returns the exit code it deserves. */
export function report(e: unknown): number {
  if (isIntlError(e)) {
    process.stderr.write(`${e.describe()}\n`);
    return e.exitCode;
  }
  const detail = process.env.INTL_DEBUG && e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`intl: ${t().files.internal(detail)}\n`);
  return 1;
}
