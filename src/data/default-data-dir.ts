import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t } from '../i18n/index.js';
import { moduleDir } from '../module-dir.js';

/** The data folder shipped in the package, found next to package.json above this module. */
export function embeddedDataDir(): string {
  let dir = moduleDir(import.meta.url);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(t().files.embeddedMissing);
    dir = parent;
  }
}

/** `--data`, else INTL_DATA, else the embedded data. */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.INTL_DATA || undefined) ?? embeddedDataDir();
}
