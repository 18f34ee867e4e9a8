import { isIntlError } from './errors.js';

/** Prints an error for a person on stderr and returns the exit code it deserves. */
export function report(e: unknown): number {
  if (isIntlError(e)) {
    process.stderr.write(`${e.describe()}\n`);
    return e.exitCode;
  }
  const detail = process.env.INTL_DEBUG && e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(
    `intl: internal error: ${detail}\n` +
      'This is a bug in intl. Please report it with the command you ran (INTL_DEBUG=1 shows details).\n',
  );
  return 1;
}
