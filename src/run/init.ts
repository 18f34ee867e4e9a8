import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { starterFiles } from '../edit/starter-folder.js';
import { OperationError } from '../errors.js';
import { t } from '../i18n/index.js';
import { writeDataFile } from '../output/write-output.js';
import { today } from '../today.js';
import { PACKAGE_NAME, VERSION } from '../version.js';
import { readSchema } from './schema.js';
import { warn } from './shared.js';

export interface InitOptions {
  municipality: string;
  country: string;
  today?: string;
  /** What the CI files install intl from (default: this version of this package). */
  intlPackage?: string;
}

/** `intl init DIR`: a starter folder that `intl validate` passes at once; never over data. */
export async function initAction(dir: string, opts: InitOptions): Promise<void> {
  if (existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => /\.ya?ml$/i.test(String(f)))) {
    throw new OperationError(t().edit.initNotEmpty(dir));
  }
  const year = today(opts.today).slice(0, 4);
  const files = starterFiles({ municipality: opts.municipality, country: opts.country.toUpperCase(), year, schema: readSchema(), intlPackage: opts.intlPackage ?? `${PACKAGE_NAME}@${VERSION}` });
  for (const [path, text] of Object.entries(files)) writeDataFile(join(dir, path), text);
  warn(t().edit.initDone(dir, Object.keys(files).length));
}
