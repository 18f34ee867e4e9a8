import { quickParse, type QuickSpec } from './quick-parse.js';
import { report } from './report.js';
import { ACTIONS, type Action, type ActionName } from './run/actions.js';

/** The program's options and this bundle's command, read from the program when intl was built. */
declare const INTL_QUICK_SPEC: QuickSpec;

/**
 * The main of a command's own bundle, cli-<command>.<lang>.cjs (scripts/build.js), which holds no
 * commander: a command line the quick path reads (quick-parse.ts) runs the command's action at
 * once; any other goes to the whole program (cli.ts), which also gives help and explains mistakes.
 * `work` is the command's module (run/<command>.ts), a plain import of the bundle: a module loaded
 * through import() is set up inside a wrapper at each start, which costs milliseconds.
 */
export function quickMain(work: unknown): (argv: string[]) => Promise<void> {
  return async (argv) => {
    // The language is settled already (start.ts), as this bundle's catalogue was chosen by it.
    const line = quickParse(argv.slice(2), INTL_QUICK_SPEC);
    if (!line) return (await import('./cli.js')).main(argv);
    try {
      await (ACTIONS[INTL_QUICK_SPEC.command.name as ActionName] as Action<unknown>).call(work, line.operands, line.options);
    } catch (e) {
      process.exitCode = report(e);
    }
  };
}
