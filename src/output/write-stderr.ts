import { writeAll } from './write-all.js';

/**
 * Writes a message to standard error with blocking writes, as writeStdout writes data: all of it
 * is out when the run ends at once (start.ts), on every platform (process.stderr writes to a pipe
 * without blocking on macOS), and no stream is set up for it (node:tty and node:net, a
 * millisecond or more). A stderr that cannot be written to leaves nowhere to say so.
 */
export function writeStderr(text: string): void {
  try {
    writeAll(2, Buffer.from(text));
  } catch {
    // The message had nowhere to go.
  }
}
