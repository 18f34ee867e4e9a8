import { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { LIST_FORMATS } from '../output/formats.js';
import { runAction, type ActionName } from '../run/actions.js';
import { parseDomain } from './parse.js';

/** `--format`, `-o`, `--excel` and `--wide`, shared by every command that prints records. */
export function withOutputOptions(cmd: Command, formats: readonly string[] = LIST_FORMATS): Command {
  const h = t().help;
  return cmd
    .addOption(new Option('--format <format>', h.format).choices(formats))
    .option('-o, --output <file>', h.output)
    .option('--excel', h.excel)
    .option('--wide', h.wide);
}

/** `--include-month-only`, `--calendar-name` and `--uid-domain`: for commands that write an .ics. */
export function withIcsOptions(cmd: Command): Command {
  const c = t().help.calendar;
  return cmd
    .option('--include-month-only', c.includeMonthOnly)
    .option('--calendar-name <name>', c.calendarName)
    .option('--uid-domain <domain>', c.uidDomain, parseDomain);
}

/**
 * The action of a command: its entry in ACTIONS, given the operands commander parsed (after
 * `leading`) and the program's options merged with the command's.
 */
export function runs(name: ActionName, ...leading: unknown[]): (...args: unknown[]) => Promise<void> {
  return (...args) => runAction(name, [...leading, ...args.slice(0, -2)], (args.at(-1) as Command).optsWithGlobals());
}

export function examples(...lines: string[]): string {
  return `\n${t().help.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
