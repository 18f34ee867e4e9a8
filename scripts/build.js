// Builds dist/ as CommonJS bundles side by side, which Node loads several times faster than a
// graph of ES modules, so that each run loads only what its command needs:
// - cli.cjs: commander and the command definitions; `intl --help` needs nothing else;
// - run-<command>.cjs: one command's work, loaded by its action;
// - check-sources.cjs (yaml and zod), check-in-parallel.cjs, check-worker.cjs, and one file per
//   renderer, each loaded only when a run needs it.
// Every `await import('...')` in src/ names one of these files; the plugin below points it there.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The cache of validated records trusts only records validated by the same sources and
// dependency versions, so the build id hashes both.
const hash = createHash('sha256');
for (const file of readdirSync(src, { recursive: true }).map(String).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(src, file)));
}
hash.update(readFileSync(join(root, 'package-lock.json')));

const commands = readdirSync(join(src, 'run')).filter((f) => readdirSync(join(src, 'commands')).includes(f));
const entryPoints = {
  cli: join(src, 'cli.ts'),
  ...Object.fromEntries(commands.map((f) => [`run-${basename(f, '.ts')}`, join(src, 'run', f)])),
  ...Object.fromEntries(
    ['data/check-sources', 'data/check-in-parallel', 'data/check-worker', 'output/table', 'output/tsv', 'output/json', 'output/csv', 'output/ics'].map(
      (m) => [basename(m), join(src, `${m}.ts`)],
    ),
  ),
};

/** Output file name of a lazily imported module: run/cities.js -> run-cities, ./csv.js -> csv. */
const lazyName = (specifier) => {
  const name = basename(specifier, '.js');
  return specifier.includes('/run/') ? `run-${name}` : name;
};

const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = lazyName(args.path);
      if (!(name in entryPoints)) throw new Error(`${args.importer}: ${args.path} is not a lazily loaded entry`);
      return { path: `./${name}.cjs`, external: true };
    });
  },
};

// commander requires node:child_process at load for executable subcommands, which intl does not
// use; loading it costs about 5 ms of every start. A stub that fails loudly takes its place.
const withoutChildProcess = {
  name: 'without-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'const no = () => { throw new Error("intl has no executable subcommands"); }; module.exports = { spawn: no };',
      loader: 'js',
    }));
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints,
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import() of the lazy files becomes a require() inside a promise.
  supported: { 'dynamic-import': false },
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // import.meta.url is only read where __dirname is missing (tests on the sources): module-dir.ts.
  logOverride: { 'empty-import-meta': 'silent' },
  define: {
    INTL_VERSION: JSON.stringify(pkg.version),
    INTL_BUILD: JSON.stringify(hash.digest('hex').slice(0, 16)),
  },
  plugins: [lazyModules, withoutChildProcess],
});
