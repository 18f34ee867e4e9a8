import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

const cases = readdirSync(FIXTURES).filter((d) => existsSync(`${FIXTURES}/${d}/expected.txt`));

describe('intl validate', () => {
  it('passes the embedded Trondheim data with counts per kind on stdout', () => {
    const r = runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid \(7 files: 1 municipality, 20 cities, 12 networks, 3 projects, 23 calendar, 2 links, 1 sources\)/);
    expect(r.stderr).toBe('');
  });

  it('passes a small valid folder given with --data or INTL_DATA', () => {
    expect(runCli(['validate', '--data', 'minimal'], { cwd: FIXTURES }).code).toBe(0);
    const viaEnv = runCli(['validate'], { cwd: FIXTURES, env: { INTL_DATA: 'minimal' } });
    expect(viaEnv.stdout).toMatch(/^minimal: valid \(3 files: 3 cities, 1 networks/);
  });

  it.each(cases)('reports every problem of %s with file:line:col and exits 1, in English and bokmål', (name) => {
    for (const [lang, expected] of [['en', 'expected.txt'], ['nb', 'expected.nb.txt']]) {
      const r = runCli(['validate', '--data', name, '--lang', lang!], { cwd: FIXTURES });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(readFileSync(`${FIXTURES}/${name}/${expected}`, 'utf8'));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('points at the exact node: a wrong type at its value, an unknown key at the key', () => {
    const r = runCli(['validate', '--data', 'unknown-key'], { cwd: FIXTURES });
    expect(r.stderr).toContain("unknown-key/cities.yaml:6:5: cities[0].sinse: unknown field 'sinse'; did you mean 'since'?");
    expect(r.stderr).toContain("unknown-key/cities.yaml:7:1: unknown record kind 'citites'; did you mean 'cities'?");
  });

  it('reports problems in several files in one run, with a count', () => {
    const r = runCli(['validate', '--data', 'many-problems'], { cwd: FIXTURES });
    const lines = r.stderr.trim().split('\n');
    expect(new Set(lines.slice(0, -1).map((l) => l.split(':')[0]))).toEqual(
      new Set(['many-problems/calendar.yaml', 'many-problems/cities.yaml']),
    );
    expect(lines.at(-1)).toBe('many-problems: 5 problems');
  });

  it('refuses to run any other command on invalid data, naming the problems', () => {
    const r = runCli(['cities', '--data', 'wrong-type'], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('wrong-type/cities.yaml:6:12: cities[0].since');
  });

  it('says so when the data folder does not exist', () => {
    const r = runCli(['validate', '--data', 'no-such-folder'], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('intl: data folder not found: no-such-folder\n');
  });
});
