import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

// Words that mark a sentence as English or as bokmål, chosen so that neither language uses the
// other's: a Norwegian message with "the" or "cannot" in it has English left in it.
const ENGLISH = new Set(
  'the of and with without only this that these is are was cannot can not got expected write wrote list show shows entries entry file files folder such which when what whose default instead ignoring day days from or'.split(' '),
);
const BOKMAL = new Set(
  'og ikke fikk forventet skriv skrev mappe filen filer oppføringer oppføring dager dagen uten bare denne som vis hvilke eller kan til fra med er'.split(' '),
);

/** The words of a message, less what is not prose: quoted values, paths, options, code. */
function proseWords(text: string): string[] {
  return text
    .replace(/^\s*\$ .*$/gm, '') // examples
    .replace(/^\s*\d*\s*\|.*$/gm, '') // quoted source lines and their carets
    .replace(/"[^"\n]*"|'[^'\n]*'|«[^»\n]*»|`[^`\n]*`/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]|\([A-Z_]+=[^)]*\)|\$[A-Z_]+/g, ' ')
    .split(/\s+/)
    .filter((w) => !/[-/.=|@:[\]_0-9]/.test(w.replace(/[,;:.!?()]+$/, '').replace(/^\(/, '')))
    .map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase())
    .filter(Boolean);
}

function foreignWords(text: string, lang: 'nb' | 'en', data = new Set<string>()): string[] {
  const other = lang === 'nb' ? ENGLISH : BOKMAL;
  return [...new Set(proseWords(text).filter((w) => other.has(w) && !data.has(w)))];
}

/** The words of a fixture's own files: a message may quote them in a suggested fix. */
function dataWords(dir: string): Set<string> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.ya?ml/.test(f));
  return new Set(files.flatMap((f) => proseWords(readFileSync(join(dir, f), 'utf8').replace(/["'«»`]/g, ' '))));
}

const COMMANDS = ['cities', 'networks', 'projects', 'calendar', 'agenda', 'conflicts', 'validate', 'anniversaries', 'stats', 'completion'];

/** Runs that make intl speak: help, warnings, usage errors. */
const RUNS: string[][] = [
  ['--help'],
  ...COMMANDS.map((c) => [c, '--help']),
  ['calendar', '2031'],
  ['agenda', '--today', '2031-01-01'],
  ['conflicts', '2031'],
  ['anniversaries', '2023', '--every', '10'],
  ['anniversaries', '2026', '--from', '2025'],
  ['stats', '2031'],
  ['import', '--help'],
  ['completion', 'tcsh'],
  ['completion'],
  ['cities', '-o', 'x.ics'],
  ['cities', '-o', 'x.txt'],
  ['cities', '--excel'],
  ['calendar', '2017', '-o', 'x.xlsx'],
  ['agenda', '-o', 'x.ics', '--today', '2017-06-01'],
  ['calendar', '2017', '--calendar-name', 'X'],
  ['cities', '--format', 'csv', '-o', 'x.json'],
  ['cities', '--since', 'abc'],
  ['calendar', '20x'],
  ['cities', '--relation', 'twinn'],
  ['cities', '--sinse', '1946'],
  ['citys'],
  ['cities', '-o', '/no/such/folder/x.csv'],
  ['cities', '--data', '/no/such/folder'],
  ['calendar', '2017', '--format', 'ics', '-o', 'feed.ics'],
  ['validate'],
];

describe.each(['nb', 'en'] as const)('everything intl says, in %s', (lang) => {
  it.each(RUNS.map((args) => [args.join(' '), args]))('intl %s', (_, args) => {
    const cwd = mkdtempSync(join(tmpdir(), 'intl-lang-'));
    const r = runCli([...(args as string[]), '--lang', lang], { cwd });
    const shown = (args as string[]).includes('--help') || args[0] === 'validate';
    const said = `${shown ? r.stdout : ''}${r.stderr}`;
    expect(said.trim().length).toBeGreaterThan(0);
    expect(foreignWords(said, lang)).toEqual([]);
    expect(said).not.toMatch(/internal error|intern feil/);
  });

  it('speaks the language in every diagnostic of the bad-input corpus', () => {
    const cases = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.txt')));
    expect(cases.length).toBeGreaterThan(15);
    for (const name of cases) {
      const r = runCli(['validate', '--data', name, '--lang', lang], { cwd: FIXTURES });
      expect([0, 1], name).toContain(r.code);
      expect(foreignWords(r.stderr, lang, dataWords(join(FIXTURES, name))), `${name}: ${r.stderr}`).toEqual([]);
    }
  }, 120_000);
});

describe('choosing the language', () => {
  it('follows LANG, and INTL_LANG over it, and --lang over both', () => {
    const problem = ['validate', '--data', 'bad-date'];
    expect(runCli(problem, { cwd: FIXTURES, env: { LANG: 'nb_NO.UTF-8' } }).stderr).toMatch(/6 problemer$/m);
    expect(runCli(problem, { cwd: FIXTURES, env: { LANG: 'nb_NO.UTF-8', INTL_LANG: 'en' } }).stderr).toMatch(/6 problems$/m);
    expect(runCli([...problem, '--lang', 'nb'], { cwd: FIXTURES, env: { INTL_LANG: 'en' } }).stderr).toMatch(/6 problemer$/m);
  });

  it('refuses a language it does not speak', () => {
    const r = runCli(['cities', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang.*nb or en/);
  });
});
