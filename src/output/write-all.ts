import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes every byte to `fd` with blocking writes, going on after a short write and waiting out a
 * full non-blocking pipe. Any other failure (ENOSPC, EIO, EBADF, EPIPE) is thrown to the caller.
 */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    try {
      const n = writeSync(fd, bytes, written);
      if (n === 0) throw Object.assign(new Error('nothing was written'), { code: 'EIO' });
      written += n;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
