import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { moduleDir, packageRootWith } from '../module-dir.js';

/** The data folder shipped in the package, found next to package.json above this module. */
export function embeddedDataDir(): string {
  const root = packageRootWith('data', moduleDir(import.meta.url));
  if (root === undefined) throw new Error(t().files.embeddedMissing);
  return join(root, 'data');
}

/** `--data`, else INTL_DATA, else the embedded data. */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.INTL_DATA || undefined) ?? embeddedDataDir();
}
