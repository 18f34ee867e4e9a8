import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * What an output path is, found before anything is written:
 * - `replace`: a regular file, or none yet, at `path` (symbolic links followed): written to a
 *   temporary sibling and renamed over it, so a failed run leaves the old file whole;
 * - `direct`: a device, FIFO or socket: written in place, never renamed over, since replacing it
 *   would destroy what it is;
 * - `descriptor`: one of this process's open descriptors (/dev/stdout, /dev/fd/3,
 *   /proc/self/fd/3): written through that descriptor, as a shell does, since a pipe or socket
 *   behind it cannot be opened again by name.
 * A folder is `folder`, which callers refuse.
 */
export type Target =
  | { kind: 'replace'; path: string; existing?: Stats }
  | { kind: 'direct'; path: string }
  | { kind: 'descriptor'; fd: number }
  | { kind: 'folder'; path: string };

/** Links followed before giving up, as the kernel's own limit (MAXSYMLINKS). */
const MAX_LINKS = 40;

export function resolveTarget(target: string): Target {
  let path = resolve(target);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const fd = ownDescriptor(path);
    if (fd !== undefined) return { kind: 'descriptor', fd };
    // Another process's descriptor links (-> "pipe:[123]") name no real path: open them as they are.
    if (/^\/proc\/[^/]+\/fd\//.test(path)) return classify(path, statSync(path), true);
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path };
      throw e;
    }
    if (!stat.isSymbolicLink()) return classify(path, stat, false);
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

function classify(path: string, stat: Stats, descriptor: boolean): Target {
  if (stat.isDirectory()) return { kind: 'folder', path };
  if (stat.isFile() && !descriptor) return { kind: 'replace', path, existing: stat };
  return { kind: 'direct', path };
}

function ownDescriptor(path: string): number | undefined {
  const match = /^(?:\/dev\/fd|\/proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(path);
  if (!match || (match[1] !== undefined && Number(match[1]) !== process.pid)) return undefined;
  return Number(match[2]);
}
