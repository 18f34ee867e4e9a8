import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';
import { STOCK_PHRASES } from '../helpers/stock-phrases.js';

// Every folder with an expected.txt is a case: what `intl validate` prints on stderr, pinned in
// English (expected.txt) and bokmål (expected.nb.txt). Folders named warning-* hold valid data
// with a warning (exit 0); the others invalid data (exit 1).
const cases = readdirSync(FIXTURES).filter((d) => existsSync(`${FIXTURES}/${d}/expected.txt`));
// Runs are kept: several tests read the same case in the same language.
const runs = new Map<string, ReturnType<typeof runCli>>();
const validate = (name: string, ...args: string[]) => {
  const key = [name, ...args].join(' ');
  if (!runs.has(key)) runs.set(key, runCli(['validate', '--data', name, ...args], { cwd: FIXTURES }));
  return runs.get(key)!;
};
const headlines = (stderr: string) => stderr.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));

describe('intl validate', () => {
  it('passes the embedded Trondheim data with counts per kind on stdout', () => {
    const r = runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid \(7 files: 1 municipality, 20 cities, 12 networks, 3 projects, 23 calendar, 2 links, 1 sources\)/);
    expect(r.stderr).toBe('');
  });

  it('passes a small valid folder given with --data or INTL_DATA', () => {
    expect(validate('minimal').code).toBe(0);
    const viaEnv = runCli(['validate'], { cwd: FIXTURES, env: { INTL_DATA: 'minimal' } });
    expect(viaEnv.stdout).toMatch(/^minimal: valid \(3 files: 3 cities, 1 networks/);
  });

  it('has a corpus of at least 25 hand-editing mistakes besides the older cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it.each(cases)('reports %s as pinned, in English and bokmål', (name) => {
    const code = name.startsWith('warning-') ? 0 : 1;
    for (const [lang, expected] of [['en', 'expected.txt'], ['nb', 'expected.nb.txt']]) {
      const r = validate(name, '--lang', lang!);
      expect(r.code).toBe(code);
      expect(r.stdout).toMatch(code === 0 ? /: (valid|gyldig) \(/ : /^$/);
      expect(r.stderr).toBe(readFileSync(`${FIXTURES}/${name}/${expected}`, 'utf8'));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names the line of every problem, shows it with a caret under the column, and says what to do', () => {
    for (const name of cases) {
      const lines = validate(name, '--lang', 'en').stderr.split('\n');
      lines.forEach((line, i) => {
        const head = /^\S+:(\d+):(\d+): /.exec(line);
        if (!head) return;
        expect(line, line).toMatch(/; \S/);
        if (/not read|is empty|aliases/.test(line)) return;
        expect(lines[i + 1], line).toMatch(new RegExp(`^  ${head[1]} \\| `));
        expect(lines[i + 2], line).toMatch(/^ {3,}\| [\t ]*\^$/);
      });
    }
  });

  it('never lets a message of zod or yaml through, in either language, with or without --all', () => {
    for (const name of cases) {
      for (const args of [['--lang', 'en'], ['--lang', 'nb', '--all']]) {
        const { stderr } = validate(name, ...args);
        for (const phrase of STOCK_PHRASES) expect(stderr, `${name}: ${phrase}`).not.toContain(phrase);
      }
    }
  }, 120_000);

  it('points at the exact node: a wrong type at its value, an unknown key at the key', () => {
    const r = validate('unknown-key');
    expect(r.stderr).toContain(`unknown-key/cities.yaml:6:5: city "oslo" (line 2), sinse: unknown field 'sinse'; if you mean 'since', write since: 1950`);
    expect(r.stderr).toContain("unknown-key/cities.yaml:7:1: unknown record kind 'citites'");
  });

  it('reports problems in several files in one run, with a count', () => {
    const r = validate('many-problems');
    expect(new Set(headlines(r.stderr).map((l) => l.split(':')[0]))).toEqual(new Set(['many-problems/calendar.yaml', 'many-problems/cities.yaml']));
    expect(r.stderr.trim().split('\n').at(-1)).toBe('many-problems: 5 problems');
  });

  it('reports all three syntax errors of a file in one run, in line order', () => {
    const r = validate('three-syntax-errors');
    expect(headlines(r.stderr).map((l) => l.split(':').slice(1, 3).join(':'))).toEqual(['3:31', '10:12', '15:1']);
    expect(r.stderr).toMatch(/three-syntax-errors: 3 problems\n$/);
  });

  it('puts the missing } in cities.yaml first and folds the 17 references it breaks, listed with --all', () => {
    const r = validate('missing-brace');
    expect(headlines(r.stderr)).toEqual([expect.stringMatching(/^missing-brace\/cities\.yaml:9:17: city "darmstadt" \(line 4\), population: this \{ is never closed with \}/)]);
    expect(r.stderr).toContain('  and 17 problems that follow from it (intl validate --all lists them)\n');
    expect(r.stderr).toMatch(/\nmissing-brace: 1 problem, and 17 that follow from it\n$/);
    const all = validate('missing-brace', '--all').stderr.split('\n');
    expect(all.filter((l) => /^ {4}missing-brace\/\S+:\d+:\d+: .*no cities record has the id/.test(l))).toHaveLength(17);
  });

  it('warns about text YAML drops after " #", before the output of any command, and exits 0', () => {
    const warning = readFileSync(`${FIXTURES}/warning-hash-in-title/expected.txt`, 'utf8').split('\n').slice(0, 3).join('\n');
    const r = runCli(['calendar', '2026', '--data', 'warning-hash-in-title'], { cwd: FIXTURES });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${warning}\n`);
    expect(r.stdout).toContain('Luciafeiring');
  });

  it('refuses to run any other command on invalid data, naming the problems', () => {
    const r = runCli(['cities', '--data', 'wrong-type'], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('wrong-type/cities.yaml:6:12: city "oslo" (line 2), since: expected a number');
    expect(r.stderr).toMatch(/\n3 problems in the data\n$/);
  });

  it('says so when the data folder does not exist, or holds no data files', () => {
    expect(validate('no-such-folder')).toMatchObject({ code: 1, stderr: 'intl: data folder not found: no-such-folder\n' });
    expect(validate('no-data-files')).toMatchObject({ code: 1, stdout: '' });
  });
});
