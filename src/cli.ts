import { Command, CommanderError } from 'commander';
import { agendaCommand } from './commands/agenda.js';
import { calendarCommand } from './commands/calendar.js';
import { citiesCommand } from './commands/cities.js';
import { conflictsCommand } from './commands/conflicts.js';
import { networksCommand } from './commands/networks.js';
import { projectsCommand } from './commands/projects.js';
import { validateCommand } from './commands/validate.js';
import { writeStdout } from './output/write-stdout.js';
import { report } from './report.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('intl')
    .description("Query a municipality's international relations, kept as YAML files")
    .version(VERSION, '-V, --version')
    .option('--data <dir>', 'data folder (default: $INTL_DATA, else the embedded Trondheim data)')
    .option('--no-color', 'no colour, even on a terminal (also NO_COLOR=1)')
    .option('-q, --quiet', 'no message on success (such as "wrote 13 cities to cities.csv")')
    .option('--no-cache', 'parse and validate every file, without the cache of validated records')
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: writeStdout,
      outputError: (text, write) => write(`intl: ${text.replace(/^error: /, '')}`),
    })
    .exitOverride();
  for (const cmd of [
    citiesCommand(),
    networksCommand(),
    projectsCommand(),
    calendarCommand(),
    agendaCommand(),
    conflictsCommand(),
    validateCommand(),
  ]) {
    program.addCommand(cmd.copyInheritedSettings(program));
  }
  return program;
}

/** Runs the CLI and sets the exit code; the one place where errors become messages. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    process.exitCode = e instanceof CommanderError ? (e.exitCode === 0 ? 0 : 2) : report(e);
  }
}
