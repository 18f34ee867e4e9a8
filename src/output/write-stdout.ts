import { OperationError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { t } from '../i18n/index.js';
import { writeAll } from './write-all.js';

/**
 * Writes all of `text` to standard output with blocking writes on its file descriptor. Node's
 * process.stdout stream costs a few milliseconds to set up, a tenth of a short run. A reader
 * that stops early (`intl ... | head`) ends the run quietly; any other failure (a full disk,
 * `> /dev/full`) is an error, so a truncated export never exits 0.
 */
export function writeStdout(text: string): void {
  try {
    writeAll(1, Buffer.from(text));
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw new OperationError(t().files.cannotWriteStdout(describeFsError(error)));
  }
}
