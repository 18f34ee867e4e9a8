import { Argument, Command, type Option } from 'commander';
import type { CommandSpec, DataValues, OptionSpec, ProgramSpec, ValueSpec } from '../completion/spec.js';
import { t } from '../i18n/index.js';
import { examples } from './options.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export function completionCommand(): Command {
  const h = t().help.completion;
  return new Command('completion')
    .description(h.about)
    .addArgument(new Argument('<shell>', h.shell).choices(SHELLS))
    .addHelpText('after', examples('intl completion bash > ~/.local/share/bash-completion/completions/intl', 'intl completion fish > ~/.config/fish/completions/intl.fish') + `\n${h.more}\n`)
    .action(async (shell: (typeof SHELLS)[number], _opts, command: Command) =>
      (await import('../run/completion.js')).completionAction(shell, programSpec(command.parent!)));
}

/** Options whose values come from the data, by long name. */
const FROM_DATA: Record<string, DataValues> = { '--owner': 'owners', '--country': 'countries', '--city': 'cities', '--network': 'networks' };

/** What the completion scripts offer, read from the program's visible commands and options. */
export function programSpec(program: Command): ProgramSpec {
  const help = program.createHelp();
  const own = new Set(help.visibleOptions(program).map((o) => o.flags));
  // A command's help option is the program's too: each option once, where it belongs.
  const options = (cmd: Command) => help.visibleOptions(cmd).filter((o) => cmd === program || !own.has(o.flags)).map(optionSpec);
  const visible = help.visibleCommands(program);
  const names = visible.map((cmd) => cmd.name()).filter((name) => name !== 'help');
  const commands: CommandSpec[] = visible.map((cmd) => ({
    name: cmd.name(),
    description: cmd.description(),
    ...(cmd.name() === 'help'
      ? { options: [], args: [{ kind: 'choices', name: 'command', choices: names }] }
      : { options: options(cmd), args: cmd.registeredArguments.map(argumentValue) }),
  }));
  return { name: program.name(), options: options(program), commands };
}

function optionSpec(o: Option): OptionSpec {
  const long = o.long ?? o.short!;
  const value = o.required || o.optional ? optionValue(o, long) : undefined;
  return { long, short: o.long ? o.short : undefined, description: o.description, value };
}

function optionValue(o: Option, long: string): ValueSpec {
  const name = /<(.*)>/.exec(o.flags)?.[1] ?? 'value';
  if (o.argChoices) return { kind: 'choices', name, choices: o.argChoices };
  if (FROM_DATA[long]) return { kind: 'data', values: FROM_DATA[long] };
  if (long === '--output') return name === 'dir' ? { kind: 'folder' } : { kind: 'file' };
  if (long === '--data') return { kind: 'folder' };
  return { kind: 'free', name };
}

function argumentValue(a: Argument): ValueSpec {
  if (a.argChoices) return { kind: 'choices', name: a.name(), choices: a.argChoices };
  // Commands that name a record (to change or remove it) take its id.
  if (a.name() === 'id') return { kind: 'data', values: 'ids' };
  if (a.name() === 'dir') return { kind: 'folder' };
  return { kind: 'free', name: a.name() };
}
