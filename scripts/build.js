// Bundles src/ into ES modules: dist/cli.js holds commander and the command definitions, and
// each heavy part (yaml and zod for validation, the renderers) is a chunk loaded only when a
// command needs it, so `intl --help` and a cached query start almost as fast as bare node.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The cache of validated records trusts only records validated by the same sources and
// dependency versions, so the build id hashes both.
const hash = createHash('sha256');
for (const file of readdirSync(join(root, 'src'), { recursive: true }).sort()) {
  if (String(file).endsWith('.ts')) hash.update(String(file)).update(readFileSync(join(root, 'src', String(file))));
}
hash.update(readFileSync(join(root, 'package-lock.json')));

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src/cli.ts'), 'check-worker': join(root, 'src/data/check-worker.ts') },
  outdir: join(root, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  legalComments: 'none',
  define: {
    INTL_VERSION: JSON.stringify(pkg.version),
    INTL_BUILD: JSON.stringify(hash.digest('hex').slice(0, 16)),
  },
  // CommonJS dependencies (cli-table3) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
