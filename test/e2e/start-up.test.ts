import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { runInTerminal } from '../helpers/terminal.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs intl with a cache folder of its own. */
function withCache() {
  const cache = mkdtempSync(join(tmpdir(), 'intl-cache-'));
  const run = (...args: string[]) => runCli(args, { env: { INTL_CACHE_DIR: cache } });
  return { code: (name: string) => join(cache, 'code', name), run };
}

describe('start-up', () => {
  it('keeps the code V8 compiled for a bundle and starts from it next time', () => {
    const { code, run } = withCache();
    // The first run parses the data: its paths are not those of the runs after it.
    const parsing = run('cities', '--lang', 'nb');
    expect(existsSync(code('cli-cities.nb.v8'))).toBe(false);
    expect(existsSync(code('check-sources.v8'))).toBe(true);
    const first = run('cities', '--lang', 'nb');
    expect(first).toEqual(parsing);
    const compiled = readFileSync(code('cli-cities.nb.v8'));
    const written = statSync(code('cli-cities.nb.v8')).mtimeMs;
    expect(run('cities', '--lang', 'nb')).toEqual(first);
    expect(statSync(code('cli-cities.nb.v8')).mtimeMs).toBe(written);
    expect(readFileSync(code('cli-cities.nb.v8'))).toEqual(compiled);
  });

  it('compiles again over cached code of another build or a damaged file', () => {
    const { code, run } = withCache();
    run('cities');
    const expected = run('cities');
    const compiled = readFileSync(code('cli-cities.en.v8'));
    for (const broken of [Buffer.from('garbage'), compiled.subarray(0, compiled.length / 2), Buffer.concat([Buffer.from('0'), compiled.subarray(1)])]) {
      writeFileSync(code('cli-cities.en.v8'), broken);
      expect(run('cities')).toEqual(expected);
      expect(readFileSync(code('cli-cities.en.v8')).subarray(0, 64)).toEqual(compiled.subarray(0, 64));
    }
  });

  it('runs a command named after the program options, and gives the whole help before one', () => {
    const { run } = withCache();
    expect(run('--lang', 'en', '--data', 'data', '-q', 'cities').stdout.trim().split('\n')).toHaveLength(13);
    expect(run('-h', 'cities').stdout).toMatch(/networks.*\n(.*\n)*\s+validate/);
    expect(run('cities', '-h').stdout).toMatch(/^Usage: intl cities/);
  });

  it('runs a plain line of a command that runs often from its own bundle, without commander', () => {
    const { code, run } = withCache();
    const listed = [...run('--help').stdout.split(/\n\w.*:\n/).at(-1)!.matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(listed).toEqual(expect.arrayContaining(['cities', 'calendar', 'validate', 'site', 'import', 'init', 'schema', 'completion']));
    const often = ['cities', 'networks', 'projects', 'links', 'calendar', 'agenda', 'conflicts', 'anniversaries', 'stats', 'validate', 'complete'];
    for (const command of often) {
      for (const lang of ['en', 'nb']) {
        // One of commander's own error codes: none of commander is in the bundle.
        expect(readFileSync(join(ROOT, 'dist', `cli-${command}.${lang}.cjs`), 'utf8'), `${command} ${lang}`).not.toContain('commander.unknownOption');
      }
    }
    run('cities', '--lang', 'nb');
    expect(run('cities', '--since', '1946', '--lang', 'nb').code).toBe(0);
    expect(existsSync(code('cli-cities.nb.v8'))).toBe(true);
    expect(existsSync(code('cli.nb.v8'))).toBe(false);
    // Help and mistakes are commander's, from the whole program.
    expect(run('cities', '--since', '19x', '--lang', 'nb')).toMatchObject({ code: 2, stdout: '' });
    expect(existsSync(code('cli.nb.v8'))).toBe(true);
    for (const command of [...listed, '__complete']) {
      for (const lang of ['en', 'nb']) expect(run(command, '--help', '--lang', lang), `${command} --help --lang ${lang}`).toMatchObject({ code: 0, stderr: '' });
    }
  });

  it('answers --version and --help as the program would, at a terminal of 80 columns or more too', () => {
    const { run } = withCache();
    expect(run('--version')).toEqual({ stdout: `${VERSION}\n`, stderr: '', code: 0 });
    expect(run('-V', '--lang', 'nb', '--no-color').stdout).toBe(`${VERSION}\n`);
    for (const lang of ['en', 'nb']) {
      // --data is not among the arguments answered without the program: commander writes this help.
      const rendered = run('--data', 'data', '--help', '--lang', lang);
      expect(rendered.code).toBe(0);
      for (const args of [['--help'], ['-h'], ['help'], [`--lang=${lang}`, '--no-color', '--help']]) {
        expect(run(...args, '--lang', lang), args.join(' ')).toEqual(rendered);
      }
      expect(runInTerminal(['--help', '--lang', lang], 120)).toBe(rendered.stdout);
    }
    expect(run('--help', '--lang', 'xx')).toMatchObject({ code: 2, stdout: '' });
  });

  it('ships bundles of ASCII only, which Node reads at twice the speed of any other text', () => {
    for (const file of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cjs'))) {
      expect(readFileSync(join(ROOT, 'dist', file)).every((b) => b < 0x80), file).toBe(true);
    }
  });
});
