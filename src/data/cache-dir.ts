import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the cache lives: INTL_CACHE_DIR, else $XDG_CACHE_HOME/intl, else ~/.cache/intl. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.INTL_CACHE_DIR) return env.INTL_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'intl');
  const home = env.HOME ?? env.USERPROFILE ?? systemHomedir();
  return home ? join(home, '.cache', 'intl') : undefined;
}

/**
 * The home folder the system knows for the user, for a run with no HOME (a service, cron). node:os
 * is loaded for it alone: loading it costs half a millisecond of every start.
 */
function systemHomedir(): string | undefined {
  try {
    return process.getBuiltinModule('node:os').homedir();
  } catch {
    // No getBuiltinModule before Node 20.16, no home folder for the user: no cache, only slower.
    return undefined;
  }
}

/**
 * Writes a file of the cache through a temporary file and a rename: concurrent runs never see
 * half a file. A cache that cannot be written (read-only home, full disk) only costs speed.
 */
export function writeCacheFile(path: string, data: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Not even a look into the folder is allowed: nothing was written there.
    }
  }
}
