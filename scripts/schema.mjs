// Writes schema/intl-data.schema.json from the zod schemas (see scripts/json-schema.ts). Run it
// after changing src/model; test/unit/json-schema.test.ts fails until the file matches.
// Usage: node scripts/schema.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
// Node 20 runs no TypeScript: esbuild bundles the generator into one module imported from memory.
const { outputFiles } = await build({
  entryPoints: [new URL('scripts/json-schema.ts', root).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { dataFileSchema, formatSchema, SCHEMA_FILE } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
mkdirSync(new URL('schema/', root), { recursive: true });
writeFileSync(new URL(SCHEMA_FILE, root), formatSchema(dataFileSchema()));
console.log(`wrote ${SCHEMA_FILE}`);
