import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running code: dist/ in the built CommonJS bundles (where import.meta is
 * empty), the source folder of `url` when tests run the TypeScript as ES modules.
 */
export function moduleDir(url: string | undefined): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(url!));
}
