import type { Argument, Command, Option } from 'commander';
import type { Options } from '../run/actions.js';
import type { QuickArgument, QuickCommand, QuickOption } from '../quick-parse.js';
import { PARSERS } from './parse.js';

// What the quick path (quick-parse.ts) knows of the program, read from the program itself when
// intl is built (scripts/build.js). Only what it reads exactly as commander does goes in: an
// option or argument with anything more (an environment variable, a preset, a variadic or
// optional value, a parser it cannot name) leaves its command to commander.

/** Commander's own options, which it answers itself. */
const COMMANDERS_OWN = ['--version', '--help'];

export interface QuickSpecs {
  options: QuickOption[];
  defaults: Options;
  /** The commands the quick path can read, by name. */
  commands: Record<string, QuickCommand>;
}

/** The spec of every command the quick path can read, with the program's options. */
export function quickSpecs(program: Command): QuickSpecs {
  const options = program.options.filter((o) => !COMMANDERS_OWN.includes(o.long!)).map(quickOption);
  const programDefaults = defaults(program);
  if (options.includes(undefined) || !programDefaults) throw new Error('intl: a program option the quick path cannot read');
  const ours = new Set(options.flatMap((o) => [o!.long, o!.short]));
  const commands: Record<string, QuickCommand> = {};
  for (const cmd of program.commands) {
    const spec = quickCommand(cmd);
    // An option of the command's under a name of the program's would be the program's (as in commander).
    if (spec && !spec.options.some((o) => ours.has(o.long) || (o.short && ours.has(o.short)))) commands[cmd.name()] = spec;
  }
  return { options: options as QuickOption[], defaults: programDefaults, commands };
}

function quickCommand(cmd: Command): QuickCommand | undefined {
  if (cmd.commands.length > 0) return undefined;
  const options = cmd.options.map(quickOption);
  const args = cmd.registeredArguments.map(quickArgument);
  const values = defaults(cmd);
  if (options.includes(undefined) || args.includes(undefined) || !values) return undefined;
  return { name: cmd.name(), options: options as QuickOption[], args: args as QuickArgument[], defaults: values };
}

function quickOption(o: Option): QuickOption | undefined {
  // Set by .implies() and .conflicts(), which commander's types leave out.
  const { implied, conflictsWith } = o as unknown as { implied?: object; conflictsWith: string[] };
  if (!o.long || o.optional || o.variadic || o.envVar || o.presetArg !== undefined || implied || conflictsWith.length > 0 || o.mandatory) return undefined;
  const read = reading(o);
  if (!read) return undefined;
  return { long: o.long, ...(o.short ? { short: o.short } : {}), key: o.attributeName(), value: o.required, ...(o.negate ? { negate: true } : {}), ...read };
}

function quickArgument(a: Argument): QuickArgument | undefined {
  if (a.variadic || a.defaultValue !== undefined) return undefined;
  const read = reading(a);
  return read && { required: a.required, ...read };
}

/** How a value is read: from choices, by a parser the quick path has by name, or as it is. */
function reading(item: Option | Argument): Pick<QuickOption, 'choices' | 'parser'> | undefined {
  if (item.argChoices) return { choices: [...item.argChoices] };
  if (!item.parseArg) return {};
  const parser = (Object.keys(PARSERS) as (keyof typeof PARSERS)[]).find((name) => PARSERS[name] === item.parseArg);
  return parser && { parser };
}

/** A command's options before any is given, where all are plain values that a bundle can hold. */
function defaults(cmd: Command): Options | undefined {
  const values = { ...cmd.opts() };
  return Object.values(values).every((v) => ['string', 'number', 'boolean'].includes(typeof v)) ? values : undefined;
}
