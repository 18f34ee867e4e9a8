import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleDir, packageRootWith } from '../module-dir.js';
import { writeOutput } from '../output/write-output.js';

/** The JSON Schema of a data file, generated from src/model by scripts/schema.mjs and shipped. */
export const SCHEMA_FILE = 'schema/intl-data.schema.json';

export function readSchema(): string {
  const root = packageRootWith(SCHEMA_FILE, moduleDir(import.meta.url));
  if (root === undefined) throw new Error(`${SCHEMA_FILE} is missing from the installation`);
  return readFileSync(join(root, SCHEMA_FILE), 'utf8');
}

/** Prints the schema, or writes it safely with -o, for a data folder's modeline to point at. */
export function schemaAction(opts: { output?: string }): void {
  writeOutput(readSchema(), opts.output);
}
