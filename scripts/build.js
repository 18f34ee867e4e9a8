// Builds dist/ as CommonJS bundles side by side, which Node loads several times faster than a
// graph of ES modules, so that each run loads only what its command needs:
// - intl.cjs: the entry point, which npm links as `intl` (bin/intl.cjs starts it from a clone);
//   settles the language and runs the other bundles from V8's cached code (src/start.ts);
// - cli-<command>.<lang>.cjs: for a command that runs often, its work and
//   the quick path (src/quick-run.ts), which reads a plain command line from a spec of the program
//   made here, without commander: all that such a run loads when its data is cached;
// - cli.<lang>.cjs: commander and every command's definition in one language, for help, mistakes
//   and the other commands;
// - run-<command>.cjs: each command's work, loaded by a run that needs it;
// - catalogue-<lang>.cjs: the messages of one language, for a run that speaks the other as well;
// - help.<lang>.txt: the root help, written by intl.cjs for `intl --help`;
// - check-sources.cjs (yaml and zod), check-in-parallel.cjs, check-worker.cjs, and one file per
//   renderer, each loaded only when a run needs it.
// Every `await import('...')` in src/ names one of these files; the plugin below points it there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';
import { lazySections } from './lazy-sections.js';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The cache of validated records and of compiled code trusts only what the same sources,
// dependency versions, package settings (the version is in every bundle) and build settings
// made, so the build id hashes them all.
const hash = createHash('sha256');
for (const file of readdirSync(src, { recursive: true }).map(String).sort()) {
  if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(src, file)));
}
for (const file of ['package-lock.json', 'package.json', 'scripts/build.js']) hash.update(readFileSync(join(root, file)));

const commands = readdirSync(join(src, 'run'))
  .filter((f) => readdirSync(join(src, 'commands')).includes(f))
  .map((f) => basename(f, '.ts'));
const lazyEntries = {
  ...Object.fromEntries(commands.map((c) => [`run-${c}`, join(src, 'run', `${c}.ts`)])),
  ...Object.fromEntries(
    ['data/check-sources', 'data/check-in-parallel', 'data/check-worker', 'output/table', 'output/bar-chart', 'output/csv', 'output/ics'].map(
      (m) => [basename(m), join(src, `${m}.ts`)],
    ),
  ),
};

/** Output file name of a lazily imported module: src/run/cities.ts -> run-cities, src/output/csv.ts -> csv. */
const lazyName = (importer, specifier) => {
  const path = resolve(dirname(importer), specifier);
  const name = basename(path, '.js');
  return relative(src, dirname(path)) === 'run' ? `run-${name}` : name;
};

/**
 * Points every `await import(...)` at its own bundle, and the quick path's `import('./cli.js')` at
 * the whole program in its language.
 */
const lazyModules = (lang = undefined) => ({
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      if (lang && resolve(dirname(args.importer), args.path) === join(src, 'cli.js')) return { path: `./cli.${lang}.cjs`, external: true };
      const name = lazyName(args.importer, args.path);
      if (!(name in lazyEntries)) throw new Error(`${args.importer}: ${args.path} is not a lazily loaded entry`);
      return { path: `./${name}.cjs`, external: true };
    });
  },
});

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

// chalk finds out at load whether stdout is a terminal that takes colour, loading node:tty and
// with it node's streams and network (a millisecond or more). intl sets the level itself, from
// colour.ts, before every use: chalk is given a finding of no colour instead.
const withoutColourDetection = {
  name: 'without-colour-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-colour' }));
    b.onLoad({ filter: /.*/, namespace: 'no-colour' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

// esbuild writes the non-ASCII characters of strings as escapes but keeps those of regular
// expressions (date-fns' Norwegian patterns, for one), and Node reads a file holding any into a
// string of two bytes a character, at half the speed. An escape means the same in both.
const NOT_ASCII = /[^\x00-\x7f]/;
// The catalogues of messages, whose sections a run builds only when it reads them (lazy-sections.js).
const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/](en|nb)\.ts$/;
const asciiOnly = {
  name: 'ascii-only',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const text = CATALOGUE_FILE.test(args.path) ? lazySections(source, args.path) : source;
      if (text === source && !NOT_ASCII.test(text)) return undefined;
      if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${args.path}: a backslash before a non-ASCII character`);
      const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return { contents: escaped, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/** The languages of src/i18n/lang.ts. */
const LANGS = ['en', 'nb'];

const options = {
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
  minifyIdentifiers: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // import.meta.url is only read where __dirname is missing (tests on the sources): module-dir.ts.
  logOverride: { 'empty-import-meta': 'silent' },
  define: {
    INTL_NAME: JSON.stringify(pkg.name),
    INTL_VERSION: JSON.stringify(pkg.version),
    INTL_BUILD: JSON.stringify(hash.digest('hex').slice(0, 16)),
  },
};

// The bundles that src/load-bundle.ts runs come in the function that Node's module wrapper would
// put around them: a script V8 compiles as it is, with no copy of the text to wrap it at each start.
const wrapped = {
  ...options,
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '\n})' },
};

// A bundle for one language holds that language's catalogue; the other is its own bundle, loaded
// by the first look into it (only a run that speaks both, such as one making the site, looks).
const CATALOGUE_OF = /^\.\/(en|nb)\.js$/;
const oneCatalogue = (lang) => ({
  name: 'one-catalogue',
  setup(b) {
    b.onResolve({ filter: CATALOGUE_OF }, (args) => {
      const other = CATALOGUE_OF.exec(args.path)[1];
      if (other === lang || !args.importer.endsWith(join('i18n', 'index.ts'))) return undefined;
      return { path: other, namespace: 'other-catalogue' };
    });
    b.onResolve({ filter: /^\.\/catalogue-(en|nb)\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'other-catalogue' }, ({ path: other }) => ({
      contents: `let c; const get = () => (c ??= require('./catalogue-${other}.cjs').${other});
        export const ${other} = new Proxy({}, {
          get: (_, key) => get()[key], has: (_, key) => key in get(), ownKeys: () => Reflect.ownKeys(get()),
          getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(get(), key),
        });`,
      loader: 'js',
    }));
  },
});

/** cli.ts for one language: commander and every command, each command's work in its own bundle. */
const cli = (lang) =>
  build({
    ...wrapped,
    entryPoints: { [`cli.${lang}`]: join(src, 'cli.ts') },
    plugins: [lazyModules(), withoutChildProcess, withoutColourDetection, oneCatalogue(lang), asciiOnly],
  });

/**
 * A command's own bundle for one language: the quick path, given `spec`, with the command's work
 * as a plain import (run/<command>.ts); a module reached through import() inside a bundle would be
 * set up in a wrapper, with every module it imports, at each start.
 */
const quickCli = (command, lang, spec) =>
  build({
    ...wrapped,
    outdir: undefined,
    outfile: join(root, 'dist', `cli-${command}.${lang}.cjs`),
    stdin: {
      contents: `import { quickMain } from './quick-run.js';\nimport * as work from './run/${command}.js';\nexport const main = quickMain(work);\n`,
      resolveDir: src,
      sourcefile: `cli-${command}.ts`,
      loader: 'ts',
    },
    define: { ...wrapped.define, INTL_QUICK_SPEC: JSON.stringify(spec) },
    plugins: [lazyModules(lang), withoutColourDetection, oneCatalogue(lang), asciiOnly],
  });

/** The exports of a bundle made for src/load-bundle.ts, run here as it runs there. */
function runBundle(file) {
  const module = { exports: {} };
  runInThisContext(readFileSync(file, 'utf8'), { filename: file })(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

// A command whose work bundles yaml or zod (adding, importing, making the site) runs for a second
// or more; copying its work into a bundle per language would add megabytes to the package to save
// a millisecond. It runs from cli.<lang>.cjs, which loads run-<command>.cjs.
const QUICK_RUN_BYTES = 400_000;

const { 'check-worker': worker, ...loaded } = lazyEntries;
rmSync(join(root, 'dist'), { recursive: true, force: true });
await Promise.all([
  build({ ...options, entryPoints: { 'check-worker': worker }, plugins: [lazyModules(), asciiOnly] }),
  build({ ...wrapped, entryPoints: loaded, plugins: [lazyModules(), withoutChildProcess, withoutColourDetection, asciiOnly] }),
  build({ ...wrapped, entryPoints: Object.fromEntries(LANGS.map((l) => [`catalogue-${l}`, join(src, 'i18n', `${l}.ts`)])), plugins: [asciiOnly] }),
  ...LANGS.map(cli),
]);

// The spec of the program for the quick path, from the program as built, in each language: the
// same in both, or a command line could mean one thing in English and another in Norwegian.
const specs = LANGS.map((lang) => {
  process.env.INTL_LANG = lang;
  return runBundle(join(root, 'dist', `cli.${lang}.cjs`)).commandSpecs();
});
delete process.env.INTL_LANG;
if (new Set(specs.map((spec) => JSON.stringify(spec))).size !== 1) throw new Error('the program reads its options differently in its languages');
const [spec] = specs;
/** A command's name in the program: a hidden one has `__` before its file's name. */
const named = (c) => (spec.commands[c] ? c : `__${c}`);
const quickCommands = commands.filter(
  (c) => spec.commands[named(c)] && statSync(join(root, 'dist', `run-${c}.cjs`)).size < QUICK_RUN_BYTES,
);
await Promise.all([
  build({
    ...options,
    entryPoints: { intl: join(src, 'start.ts') },
    banner: { js: '#!/usr/bin/env node' },
    define: { ...options.define, INTL_COMMANDS: JSON.stringify(quickCommands) },
    plugins: [asciiOnly],
  }),
  ...LANGS.flatMap((lang) =>
    quickCommands.map((c) => quickCli(c, lang, { options: spec.options, defaults: spec.defaults, command: spec.commands[named(c)] })),
  ),
]);

// The root help as commander lays it out for a pipe, in each language: `intl --help` writes it
// without loading any bundle (src/quick-answer.ts). Rendered by the program just built, before
// the file exists; the cache is not used, so nothing of the machine's gets in.
for (const lang of LANGS) {
  const help = execFileSync(process.execPath, [join(root, 'dist', 'intl.cjs'), '--no-cache', '--help', '--lang', lang], { encoding: 'utf8' });
  writeFileSync(join(root, 'dist', `help.${lang}.txt`), help);
}
