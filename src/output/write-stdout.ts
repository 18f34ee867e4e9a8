import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to standard output with blocking writes on its file descriptor. Node's
 * process.stdout stream costs a few milliseconds to set up, a tenth of a short run; a reader
 * that stops early (`intl ... | head`) ends the run quietly instead of with an EPIPE error.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      // A non-blocking pipe that is full: wait a moment for the reader.
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
