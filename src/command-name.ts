/** The program's own options that take a value (see buildProgram). */
export const VALUE_OPTIONS = ['--data', '--lang'];

/**
 * The subcommand that commander will run: the first argument that is neither an option nor
 * the value of one. Undefined when there is none before `--`.
 */
export function commandName(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return undefined;
    if (VALUE_OPTIONS.includes(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
