import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the cache lives: INTL_CACHE_DIR, else $XDG_CACHE_HOME/intl, else ~/.cache/intl. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.INTL_CACHE_DIR) return env.INTL_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'intl');
  const home = env.HOME ?? safeHomedir();
  return home ? join(home, '.cache', 'intl') : undefined;
}

function safeHomedir(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}
