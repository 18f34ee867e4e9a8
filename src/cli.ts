import { Command, CommanderError, Option } from 'commander';
import { addCommand } from './commands/add.js';
import { agendaCommand } from './commands/agenda.js';
import { anniversariesCommand } from './commands/anniversaries.js';
import { calendarCommand } from './commands/calendar.js';
import { completeCommand } from './commands/complete.js';
import { completionCommand } from './commands/completion.js';
import { citiesCommand } from './commands/cities.js';
import { siteCommand } from './commands/site.js';
import { conflictsCommand } from './commands/conflicts.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { linksCommand } from './commands/links.js';
import { mergeCommand } from './commands/merge.js';
import { networksCommand } from './commands/networks.js';
import { projectsCommand } from './commands/projects.js';
import { removeCommand } from './commands/remove.js';
import { setCommand } from './commands/set.js';
import { schemaCommand } from './commands/schema.js';
import { statsCommand } from './commands/stats.js';
import { helpConfiguration } from './commands/help-text.js';
import { quickSpecs, type QuickSpecs } from './commands/quick-spec.js';
import { commandName } from './command-name.js';
import { validateCommand } from './commands/validate.js';
import { translateCommanderError } from './i18n/commander-messages.js';
import { t } from './i18n/index.js';
import { LANGS, resolveLang } from './i18n/lang.js';
import { HELP_WIDTH } from './output/help-width.js';
import { isTerminal } from './output/is-terminal.js';
import { writeStderr } from './output/write-stderr.js';
import { writeStdout } from './output/write-stdout.js';
import { report } from './report.js';
import { VERSION } from './version.js';

/**
 * Every command, by its name, in the order of the help. A name starting with `__` is a hidden
 * command, not for people (completion scripts call `__complete`): it is left out of the help.
 */
const COMMANDS: Record<string, () => Command> = {
  cities: citiesCommand,
  networks: networksCommand,
  projects: projectsCommand,
  links: linksCommand,
  calendar: calendarCommand,
  agenda: agendaCommand,
  conflicts: conflictsCommand,
  anniversaries: anniversariesCommand,
  stats: statsCommand,
  site: siteCommand,
  validate: validateCommand,
  merge: mergeCommand,
  add: addCommand,
  set: setCommand,
  remove: removeCommand,
  import: importCommand,
  init: initCommand,
  schema: schemaCommand,
  completion: completionCommand,
  __complete: completeCommand,
};

/**
 * The program; with `only`, the program for running that command alone, which defines no other
 * (building all of them is a fifth of a short run).
 */
export function buildProgram(only?: string): Command {
  const h = t().help;
  const program = new Command('intl')
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    .option('--data <dir>', h.data)
    .addOption(new Option('--lang <lang>', h.lang).choices(LANGS))
    .option('--no-color', h.color)
    .option('-q, --quiet', h.quiet)
    .option('--public', h.public)
    .option('--notes', h.notes)
    .option('--no-cache', h.cache)
    .showSuggestionAfterError()
    .configureHelp(helpConfiguration())
    .configureOutput({
      writeOut: writeStdout,
      writeErr: writeStderr,
      // commander would ask process.stdout, whose set-up costs more than the rest of `intl --help`.
      getOutHelpWidth: () => (isTerminal(1) ? Math.min(process.stdout.columns, HELP_WIDTH) : HELP_WIDTH),
      getOutHasColors: () => isTerminal(1) && process.stdout.hasColors(),
      outputError: (text, write) => write(`intl: ${translateCommanderError(text.trimEnd())}\n`),
    })
    .exitOverride();
  for (const [name, command] of Object.entries(COMMANDS)) {
    if (only !== undefined && name !== only) continue;
    if (name.startsWith('__')) program.addCommand(command().copyInheritedSettings(program), { hidden: true });
    else program.addCommand(inherit(command(), program));
  }
  return program;
}

/** A command with its parent's settings (output, errors, help), and so its own subcommands. */
function inherit(cmd: Command, parent: Command): Command {
  cmd.copyInheritedSettings(parent).helpOption('-h, --help', t().help.help);
  for (const sub of cmd.commands) inherit(sub, cmd);
  return cmd;
}

/** Commands whose work reads every command of the program: completion scripts list them all. */
const READ_ALL = ['completion'];

/**
 * The command that these arguments run, when nothing in them needs the others: the root's help
 * and version, commander's suggestions for a mistyped command and `completion` list them all.
 */
function soleCommand(args: string[]): string | undefined {
  const name = commandName(args);
  if (name === undefined || !Object.hasOwn(COMMANDS, name) || READ_ALL.includes(name)) return undefined;
  const before = args.slice(0, args.indexOf(name));
  return before.some((a) => ['-h', '--help', '-V', '--version'].includes(a)) ? undefined : name;
}

/**
 * What the quick path (quick-run.ts) knows of the program: read by scripts/build.js into each
 * command's own bundle. Commands that read the whole program are left to it.
 */
export function commandSpecs(): QuickSpecs {
  const specs = quickSpecs(buildProgram());
  for (const name of READ_ALL) delete specs.commands[name];
  return specs;
}

/** Runs the CLI and sets the exit code; the one place where errors become messages. */
export async function main(argv: string[]): Promise<void> {
  // Settled before any help text is built; every bundle and worker reads it from here.
  process.env.INTL_LANG = resolveLang(argv.slice(2), process.env);
  try {
    await buildProgram(soleCommand(argv.slice(2))).parseAsync(argv);
  } catch (e) {
    process.exitCode = e instanceof CommanderError ? (e.exitCode === 0 ? 0 : 2) : report(e);
  }
}
