import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CACHE_DIR, FIXTURES, ROOT, runCli, runJson } from '../helpers/run-cli.js';

const CITY = 'cities:\n  - { id: oslo, name: Oslo, country: NO, relation: partner }\n';

function tempData(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'intl-bad-'));
  chmodSync(dir, 0o755);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Runs the CLI as an unprivileged user where the tests run as root, so permissions apply. The
 * built CLI is self-contained, so a copy in a folder anyone may read serves wherever the
 * checkout itself lies.
 */
function runUnprivileged(args: string[]) {
  const app = mkdtempSync(join(tmpdir(), 'intl-app-'));
  chmodSync(app, 0o755);
  for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [join(app, 'bin/intl.cjs'), ...args], { encoding: 'utf8', cwd: app, ...asNobody });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad inputs made at test time', () => {
  it('reads a 10 MB string without trouble and reports the record by position', () => {
    const dir = tempData({ 'cities.yaml': `cities:\n  - id: big\n    name: ${'a'.repeat(10_000_000)}\n` });
    const r = runCli(['validate', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cities.yaml:2:5: city "big" (line 2), country: missing required field 'country'`);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('reports a symbolic link that leads to itself, and follows a folder loop only once', () => {
    const dir = tempData({ 'cities.yaml': CITY });
    symlinkSync('self.yaml', join(dir, 'self.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const r = runCli(['validate', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${dir}/self.yaml:1:1: cannot read: a symbolic link that leads to itself\n${dir}: 1 problem\n`);
  });

  it('reports a file it may not read, and a folder it may not write to', () => {
    const dir = tempData({ 'cities.yaml': CITY, 'secret.yaml': CITY.replace('oslo', 'bergen') });
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    const r = runUnprivileged(['validate', '--data', dir]);
    expect(r.stderr).toBe(`${dir}/secret.yaml:1:1: cannot read: permission denied\n${dir}: 1 problem\n`);
    expect(r.code).toBe(1);
    chmodSync(join(dir, 'secret.yaml'), 0o644);
    const readOnly = tempData({});
    chmodSync(readOnly, 0o555);
    const w = runUnprivileged(['cities', '--relation', 'all', '--data', dir, '-o', join(readOnly, 'out.csv')]);
    expect(w.code).toBe(1);
    expect(w.stderr).toBe(`intl: cannot write ${join(readOnly, 'out.csv')}: permission denied\n`);
  });

  it('keeps YAML 1.1 traps as a Norwegian user means them', () => {
    const [city] = runJson(['cities', '--relation', 'all', '--notes', '--data', join(FIXTURES, 'yaml11-traps')]);
    expect(city).toMatchObject({ country: 'NO', note: 'no', location: '0150', founded: 'yes' });
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(runCli(['validate', '--data', join(FIXTURES, 'utf8-bom')]).code).toBe(0);
  });
});

describe('pipes', () => {
  it('exits quietly when the reader stops early (intl ... | head -1)', () => {
    const many = Array.from({ length: 4000 }, (_, i) => `  - { id: c${i}, name: City ${i}, country: NO, relation: partner }`);
    const dir = tempData({ 'cities.yaml': `cities:\n${many.join('\n')}\n` });
    const r = spawnSync('bash', ['-c', `node ${BIN} cities --relation all --data ${dir} | head -1; exit \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
      env: { ...process.env, INTL_CACHE_DIR: CACHE_DIR },
    });
    expect(r.stdout).toBe('c0\tCity 0\tNO\tNorway\tpartner\t\t\t\t\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
