import { CommanderError, type Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram, commandSpecs } from '../../src/cli.js';
import { commandName } from '../../src/command-name.js';
import { quickParse, type QuickLine } from '../../src/quick-parse.js';

const SPECS = commandSpecs();

/** What the quick path reads from a command line; undefined where it leaves it to commander. */
function quickReads(args: string[]): QuickLine | undefined {
  const command = SPECS.commands[commandName(args) ?? ''];
  return command && quickParse(args, { options: SPECS.options, defaults: SPECS.defaults, command });
}

/** What commander hands the action, or that it refused or answered the line itself (help, version). */
function commanderReads(args: string[]): QuickLine | 'answered' {
  const program = buildProgram();
  program.configureOutput({ writeOut: () => {}, writeErr: () => {} });
  let read: QuickLine | undefined;
  const capture = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
    cmd.action((...a: unknown[]) => {
      read = { operands: a.slice(0, -2), options: (a.at(-1) as Command).optsWithGlobals() };
    });
    cmd.commands.forEach(capture);
  };
  program.commands.forEach(capture);
  try {
    program.parse(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return 'answered';
    throw e;
  }
  return read ?? 'answered';
}

/** The `$ intl ...` lines of every command's help, as a shell splits them; those with redirections left out. */
function helpExamples(): string[][] {
  const lines: string[][] = [];
  for (const cmd of buildProgram().commands) {
    let help = '';
    cmd.configureOutput({ writeOut: (s) => (help += s) }).outputHelp();
    for (const [, line] of help.matchAll(/^ {2}\$ intl (.*)$/gm)) {
      if (/[<>|]/.test(line!)) continue;
      lines.push([...line!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
    }
  }
  return lines;
}

describe('the quick path', () => {
  it('reads the commands that run often, and leaves to commander those that read the whole program', () => {
    expect(Object.keys(SPECS.commands)).toEqual(
      expect.arrayContaining(['cities', 'networks', 'projects', 'links', 'calendar', 'agenda', 'conflicts', 'anniversaries', 'stats', 'validate', '__complete']),
    );
    expect(SPECS.commands).not.toHaveProperty('completion');
    // Subcommands, variadic arguments and collected values are commander's alone.
    for (const name of ['add', 'set', 'merge', 'import']) expect(SPECS.commands).not.toHaveProperty(name);
  });

  it('reads every example in the help exactly as commander does', () => {
    const examples = helpExamples().filter((args) => SPECS.commands[commandName(args)!]);
    expect(examples.length).toBeGreaterThan(25);
    for (const args of examples) {
      const quick = quickReads(args);
      expect(quick, args.join(' ')).toBeDefined();
      expect(quick, args.join(' ')).toEqual(commanderReads(args));
    }
  });

  it('gives the program options, before or after the command, and the defaults as commander does', () => {
    for (const args of [
      ['cities'],
      ['--lang', 'nb', '--data', 'data', '-q', 'cities', '--since', '1946'],
      ['cities', '--no-color', '--public', '--notes', '--no-cache', '--lang=en', '--sort=since'],
      ['calendar', '--owner', 'Gerhard Dalen', '2017', '-o', 'dalen.ics', '--uid-domain', 'Example.ORG'],
      ['__complete', 'owners', ''],
      ['agenda', '--days', '10', '--today', '2017-06-01'],
      ['cities', '--since', '1946', '--since', '1950', '-q', '--quiet'],
    ]) {
      expect(quickReads(args), args.join(' ')).toEqual(commanderReads(args));
    }
    expect(quickReads(['calendar', '2017'])).toEqual({ operands: [2017], options: { color: true, cache: true } });
    expect(quickReads(['cities'])).toEqual({ operands: [], options: { color: true, cache: true, relation: 'twin', sort: 'name' } });
  });

  it('leaves help, version and every mistake to commander, which explains them', () => {
    for (const args of [
      ['cities', '--help'],
      ['cities', '-h'],
      ['help', 'cities'],
      ['-V'],
      ['cities', '--since'],
      ['cities', '--since', '19x'],
      ['cities', '--relation', 'enemy'],
      ['cities', '--excel=yes'],
      ['cities', '--search', '-x'],
      ['cities', '--', 'x'],
      ['cities', '-qo', 'x.csv'],
      ['--since', '1946', 'cities'],
      ['calendar', '2017', '2018'],
      ['calendar', '2017-06'],
      ['__complete'],
      ['__complete', 'enemies'],
      ['cities', '--lang', 'xx'],
    ]) {
      expect(quickReads(args), args.join(' ')).toBeUndefined();
    }
  });

  it('never reads a command line otherwise than commander', () => {
    const flags = [...SPECS.options, ...Object.values(SPECS.commands).flatMap((c) => c.options)].flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]);
    const values = ['1946', '2017', '2017-06-10', '2017-02-30', '6', '13', '10', '0', 'example.org', 'twin', 'all', 'since', 'json', 'ics', 'nb', 'owners', 'Gerhard Dalen', '', 'x', '-1', '-'];
    // An option with a value, alone, with one after `=`, or a value alone.
    const tokens = fc.oneof(
      fc.tuple(fc.constantFrom(...flags), fc.constantFrom(...values)),
      fc.constantFrom(...flags, '--help', '-h', '-V', '--', '--bogus', 'help').map((f) => [f]),
      fc.constantFrom(...values).map((v) => [v]),
      fc.tuple(fc.constantFrom(...flags), fc.constantFrom(...values)).map(([f, v]) => [`${f}=${v}`]),
    );
    const line = fc.tuple(fc.array(tokens, { maxLength: 2 }), fc.constantFrom(...Object.keys(SPECS.commands), 'citys'), fc.array(tokens, { maxLength: 4 }));
    let read = 0;
    fc.assert(
      fc.property(line, ([before, command, after]) => {
        const args = [...before.flat(), command, ...after.flat()];
        const quick = quickReads(args);
        if (quick === undefined) return;
        read++;
        expect(commanderReads(args)).toEqual(quick);
      }),
      { seed: 1946, numRuns: 5000 },
    );
    // Most random lines hold a mistake, but enough are read to mean something.
    expect(read).toBeGreaterThan(300);
  });
});
