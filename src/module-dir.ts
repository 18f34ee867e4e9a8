import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running code: dist/ in the built CommonJS bundles (where import.meta is
 * empty), the source folder of `url` when tests run the TypeScript as ES modules.
 */
export function moduleDir(url: string | undefined): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(url!));
}

/** The nearest folder above `dir` with package.json and `entry`: the installed package's root. */
export function packageRootWith(entry: string, dir: string): string | undefined {
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, entry))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
