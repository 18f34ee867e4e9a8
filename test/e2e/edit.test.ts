import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CACHE_DIR, ROOT, runCli } from '../helpers/run-cli.js';

/** A copy of the embedded data under git, so a test can see exactly what a change did. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'intl-edit-'));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'data');
  return dir;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
/** The lines a change took out and put in, from git's own diff. */
const changed = (dir: string) =>
  git(dir, 'diff', '--unified=0', '--no-color')
    .split('\n')
    .filter((l) => /^[-+](?![-+])/.test(l));

describe('intl add', () => {
  it('adds an entry for 2026 in a file of its own, and nothing else changes', () => {
    const dir = dataCopy();
    const r = runCli(['add', 'entry', '--title', 'Besøk fra Odense', '--start', '2026-12-03', '--owner', 'Gerhard Dalen:adm', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('intl: added entry 2026-besok-fra-odense to ' + join(dir, 'calendar/2026.yaml') + '\n');
    expect(git(dir, 'status', '--porcelain')).toBe('?? calendar/2026.yaml\n');
    const json = JSON.parse(runCli(['calendar', '2026', '--data', dir, '--format', 'json']).stdout) as { id: string; owners: unknown[] }[];
    expect(json).toEqual([{ id: '2026-besok-fra-odense', title: 'Besøk fra Odense', start: '2026-12-03', owners: [{ name: 'Gerhard Dalen', role: 'adm' }] }]);
    expect(readFileSync(join(dir, 'calendar/2026.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\//);
  });

  it('adds to the file of the entry year with only added lines; comments stay', () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, 'calendar/2017.yaml'), 'utf8');
    const r = runCli(['add', 'entry', '--title', 'Julemarked i Odense: besøk', '--start', '2017-12-10', '--city', 'odense', '--data', dir]);
    expect(r.code).toBe(0);
    const lines = changed(dir);
    expect(lines.every((l) => l.startsWith('+'))).toBe(true);
    expect(lines).toContain('+    title: "Julemarked i Odense: besøk"');
    const after = readFileSync(join(dir, 'calendar/2017.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.match(/^#.*$/gm)).toEqual(before.match(/^#.*$/gm));
  });

  it('changes nothing for a date that does not exist or an unknown role, and says why', () => {
    const dir = dataCopy();
    const bad = runCli(['add', 'entry', '--title', 'X', '--start', '2026-02-30', '--data', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/calendar\/2026\.yaml:\d+:\d+: .*no such date in the calendar/);
    const role = runCli(['add', 'entry', '--title', 'X', '--start', '2026-02-03', '--owner', 'Kari Nordmann:boss', '--data', dir]);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/the role after the colon must be one of adm, pol/);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('asks for what is missing only at a terminal; a pipe gets a usage error', () => {
    const r = runCli(['add', 'entry', '--title', 'X']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('intl: intl add entry needs --start (at a terminal it asks for them)\n');
  });

  it('shows a diff with --dry-run and writes nothing', () => {
    const dir = dataCopy();
    const r = runCli(['add', 'city', '--name', 'Bergen', '--country', 'NO', '--relation', 'partner', '--dry-run', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- a\/.*cities\.yaml\n\+\+\+ b\/.*cities\.yaml\n@@ /);
    expect(r.stdout).toContain('+  - id: bergen\n');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});

describe('intl set and intl remove', () => {
  it('set changes the values it names and nothing else', () => {
    const dir = dataCopy();
    const r = runCli(['set', '2017-home-guard-exchange', 'end=2017-06-19', '--data', dir]);
    expect(r.code).toBe(0);
    expect(changed(dir)).toEqual(['-    end: 2017-06-18', '+    end: 2017-06-19']);
    expect(runCli(['set', 'darmstadt', 'population.count=159207', '--data', dir]).code).toBe(0);
    expect(changed(dir)).toContain('+    population: { count: 159207, year: 2014 }');
  });

  it('set refuses a value the data format does not take, and changes nothing', () => {
    const dir = dataCopy();
    const r = runCli(['set', '2017-home-guard-exchange', 'end=2017-06-31', '--data', dir]);
    expect(r.code).toBe(1);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('remove takes out one record; a city a network lists is refused with the referrers named', () => {
    const dir = dataCopy();
    const refused = runCli(['remove', 'odense', '--data', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/odense is still referred to by .*nordisk-plattform \(/);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(runCli(['remove', '2017-eu-crash-course', '--data', dir]).code).toBe(0);
    const lines = changed(dir);
    expect(lines.every((l) => l.startsWith('-'))).toBe(true);
    expect(lines).toContain('-  - id: 2017-eu-crash-course');
    expect(runCli(['validate', '--data', dir]).code).toBe(0);
  });
});

describe('intl init', () => {
  it('makes a folder that validate passes at once, and will not write over data', () => {
    const parent = mkdtempSync(join(tmpdir(), 'intl-init-'));
    const dir = join(parent, 'bergen');
    const r = runCli(['init', dir, '--municipality', 'Bergen kommune', '--country', 'NO']);
    expect(r.code).toBe(0);
    expect(runCli(['validate', '--data', dir]).code).toBe(0);
    expect(existsSync(join(dir, '.intl/intl-data.schema.json'))).toBe(true);
    expect(readFileSync(join(dir, 'municipality.yaml'), 'utf8')).toContain('name: Bergen kommune');
    expect(runCli(['init', dir, '--municipality', 'Bergen kommune', '--country', 'NO']).code).toBe(1);
    const added = runCli(['add', 'city', '--name', 'Seattle', '--country', 'US', '--relation', 'twin', '--since', '1967', '--data', dir]);
    expect(added.code).toBe(0);
    expect(JSON.parse(runCli(['cities', '--data', dir, '--format', 'json']).stdout)).toHaveLength(1);
  });
});

describe('intl add at a terminal', () => {
  it('asks for the missing title and start date', () => {
    const dir = dataCopy();
    const command = `${process.execPath} ${BIN} add entry --owner 'Gerhard Dalen:adm' --data ${dir}`;
    // A person types after the question shows: each answer waits a moment.
    const typing = `(sleep 1; printf 'Besøk fra Tampere\\r'; sleep 1; printf '2026-05-04\\r'; sleep 1) | script -qec "${command}" /dev/null`;
    const r = spawnSync('bash', ['-c', typing], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INTL_CACHE_DIR: CACHE_DIR, TERM: 'xterm' },
      timeout: 20_000,
    });
    expect(r.stdout).toMatch(/Title/);
    expect(r.stdout).toMatch(/Start date \(YYYY-MM-DD\)/);
    expect(readFileSync(join(dir, 'calendar/2026.yaml'), 'utf8')).toContain('title: Besøk fra Tampere');
  });
});
