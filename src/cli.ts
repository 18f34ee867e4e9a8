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
import { validateCommand } from './commands/validate.js';
import { translateCommanderError } from './i18n/commander-messages.js';
import { t } from './i18n/index.js';
import { LANGS, resolveLang } from './i18n/lang.js';
import { writeStdout } from './output/write-stdout.js';
import { report } from './report.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
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
      outputError: (text, write) => write(`intl: ${translateCommanderError(text.trimEnd())}\n`),
    })
    .exitOverride();
  for (const cmd of [
    citiesCommand(),
    networksCommand(),
    projectsCommand(),
    linksCommand(),
    calendarCommand(),
    agendaCommand(),
    conflictsCommand(),
    anniversariesCommand(),
    statsCommand(),
    siteCommand(),
    validateCommand(),
    mergeCommand(),
    addCommand(),
    setCommand(),
    removeCommand(),
    importCommand(),
    initCommand(),
    schemaCommand(),
    completionCommand(),
  ]) {
    program.addCommand(inherit(cmd, program));
  }
  program.addCommand(completeCommand().copyInheritedSettings(program), { hidden: true });
  return program;
}

/** A command with its parent's settings (output, errors, help), and so its own subcommands. */
function inherit(cmd: Command, parent: Command): Command {
  cmd.copyInheritedSettings(parent).helpOption('-h, --help', t().help.help);
  for (const sub of cmd.commands) inherit(sub, cmd);
  return cmd;
}

/** Runs the CLI and sets the exit code; the one place where errors become messages. */
export async function main(argv: string[]): Promise<void> {
  // Settled before any help text is built; every bundle and worker reads it from here.
  process.env.INTL_LANG = resolveLang(argv.slice(2), process.env);
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.exitCode = e instanceof CommanderError ? (e.exitCode === 0 ? 0 : 2) : report(e);
  }
}
