import { PARSERS } from './commands/parse.js';
import type { Options } from './run/actions.js';

// A command line as commander would read it, for the commands that run often, without loading
// commander: setting up its program takes a third of a short run. The spec is read from the
// program itself when intl is built (commands/quick-spec.ts), so the two cannot disagree on
// what an option is called, takes, allows or defaults to. This reads only plain, well-formed
// command lines; anything else (help, a mistake, a value that starts with `-`, `--`, short
// options run together) is left to commander, which answers it in full.

/** An option as the quick path reads it. */
export interface QuickOption {
  /** `--owner`, or `--no-color` for a negated switch. */
  long: string;
  short?: string;
  /** The key in the options: `owner`, `color`. */
  key: string;
  /** Whether it takes a value: `--owner <name>`; otherwise a switch, which sets true. */
  value: boolean;
  /** A switch that sets false: `--no-color`. */
  negate?: boolean;
  choices?: string[];
  parser?: keyof typeof PARSERS;
}

/** A positional argument, which may not be variadic. */
export interface QuickArgument {
  required: boolean;
  choices?: string[];
  parser?: keyof typeof PARSERS;
}

export interface QuickCommand {
  name: string;
  options: QuickOption[];
  args: QuickArgument[];
  /** The command's options before any is given (commander's defaults). */
  defaults: Options;
}

/** What a quick bundle knows of the program: its own options and one command. */
export interface QuickSpec {
  options: QuickOption[];
  defaults: Options;
  command: QuickCommand;
}

export interface QuickLine {
  /** The operands, one for each argument the command declares (undefined where not given). */
  operands: unknown[];
  /** The program's options merged with the command's, as commander's optsWithGlobals() gives them. */
  options: Options;
}

/** What `value` means for `item`: a choice or a parsed value; undefined where commander would refuse it. */
function read(item: QuickOption | QuickArgument, value: string): unknown {
  if (item.choices) return item.choices.includes(value) ? value : undefined;
  if (!item.parser) return value;
  try {
    return PARSERS[item.parser](value);
  } catch {
    return undefined;
  }
}

/**
 * The operands and options of `args` (the command line after `intl`), or undefined where commander
 * is to read it. The program's options may come before or after the command's name, the
 * command's only after it, as commander reads them.
 */
export function quickParse(args: readonly string[], spec: QuickSpec): QuickLine | undefined {
  const global: Options = {};
  const own: Options = {};
  const operands: string[] = [];
  let named = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      if (named) operands.push(arg);
      else if (arg === spec.command.name) named = true;
      else return undefined;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const find = (options: QuickOption[]) => options.find((o) => o.long === flag || o.short === flag);
    const inProgram = find(spec.options);
    const option = inProgram ?? (named ? find(spec.command.options) : undefined);
    const into = inProgram ? global : own;
    if (!option) return undefined;
    if (!option.value) {
      if (equals > 0) return undefined;
      into[option.key] = !option.negate;
      continue;
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || (equals < 0 && value.startsWith('-'))) return undefined;
    const meant = read(option, value);
    if (meant === undefined) return undefined;
    into[option.key] = meant;
  }
  const declared = spec.command.args;
  if (!named || operands.length > declared.length || declared.some((a, i) => a.required && operands[i] === undefined)) return undefined;
  const values = declared.map((a, i) => (operands[i] === undefined ? undefined : read(a, operands[i]!)));
  if (values.some((v, i) => v === undefined && operands[i] !== undefined)) return undefined;
  return { operands: values, options: { ...spec.defaults, ...global, ...spec.command.defaults, ...own } };
}
