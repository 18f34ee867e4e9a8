// What a completion script offers, taken from the program's commands and options: the scripts
// for each shell are written from this, so that they never disagree with the program.

/** Values the hidden `intl __complete WHAT` reads from the data (through the cache). */
export const DATA_VALUES = ['owners', 'countries', 'cities', 'networks', 'ids'] as const;
export type DataValues = (typeof DATA_VALUES)[number];

/** What an option's value or an argument may be. */
export type ValueSpec =
  | { kind: 'choices'; name: string; choices: readonly string[] }
  | { kind: 'data'; values: DataValues }
  | { kind: 'file' }
  | { kind: 'folder' }
  /** Anything (a year, a text): nothing to offer. */
  | { kind: 'free'; name: string };

export interface OptionSpec {
  /** `--output`, and `-o` where there is a short form. */
  long: string;
  short?: string;
  description: string;
  /** Absent for a switch such as `--excel`. */
  value?: ValueSpec;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** The positional arguments in order. */
  args: ValueSpec[];
}

export interface ProgramSpec {
  name: string;
  /** The program's own options, which every command takes too. */
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** Every option that takes a value, with the command it belongs to (none for the program's own). */
export function valueOptions(spec: ProgramSpec): { command?: string; option: OptionSpec; value: ValueSpec }[] {
  const of = (command: string | undefined, options: OptionSpec[]) =>
    options.flatMap((option) => (option.value ? [{ command, option, value: option.value }] : []));
  return [...spec.commands.flatMap((c) => of(c.name, c.options)), ...of(undefined, spec.options)];
}

/** An option's names as typed: `-o`, `--output`. */
export function flags(option: OptionSpec): string[] {
  return option.short ? [option.short, option.long] : [option.long];
}
