import { cacheDir } from './data/cache-dir.js';
import { commandName } from './command-name.js';
import { resolveLang } from './i18n/lang.js';
import { BundleLoader } from './load-bundle.js';
import { quickAnswer, writeQuickAnswer } from './quick-answer.js';
import { BUILD } from './version.js';

/** The commands with a bundle of their own (scripts/build.js). */
declare const INTL_COMMANDS: string[];

/**
 * The built program's entry, dist/intl.cjs, which npm links as `intl`. The version and the root
 * help are written from here (quick-answer.ts). A command's run loads the one bundle made for
 * that command in the run's language, cli-<command>.<lang>.cjs; other help and mistakes load
 * cli.<lang>.cjs. Every bundle runs from the code V8 compiled for it in an earlier run.
 */
function start(argv: string[]): void {
  const args = argv.slice(2);
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined);
  // Settled before a bundle is chosen; cli.ts settles it the same way.
  const lang = (process.env.INTL_LANG = resolveLang(args, process.env));
  const answer = quickAnswer(args, lang, __dirname);
  if (answer !== undefined && writeQuickAnswer(answer)) return;
  // A hidden command is named after its file with `__` before it: `__complete` is run/complete.ts.
  const command = commandName(args)?.replace(/^__/, '');
  const loader = new BundleLoader(__dirname, options.includes('--no-cache') ? undefined : cacheDir(), BUILD);
  const cli = loader.load(`${command !== undefined && INTL_COMMANDS.includes(command) ? `cli-${command}` : 'cli'}.${lang}`);
  // The run is over when main is: everything intl writes is written by then, with blocking writes
  // (writeStdout, writeStderr), and nothing is left running. Ending here skips what node would
  // still do before exiting: a collection of garbage that V8 may have planned, and taking the
  // heap apart (a millisecond or two).
  void (cli.main as (argv: string[]) => Promise<void>)(argv).then(() => {
    // A run that parsed data files (it loaded the parser's bundles) compiled paths that a run
    // served by the cache of records does not take, and V8 would keep them with the rest: the
    // other bundles' code is kept from a run like the usual ones, which every later start then
    // reads in full and runs (a run that parsed leaves them to be compiled once more).
    const parsed = loader.has('check-in-parallel') || loader.has('check-sources');
    loader.saveCode((name) => !parsed || name.startsWith('check-'));
    process.exit();
  });
}

// Run by node as the `intl` command, or required by bin/intl.cjs in a clone: either way it starts.
// It exports nothing, so the bundle needs no CommonJS export helpers to set up at each start.
start(process.argv);
