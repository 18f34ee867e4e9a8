import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, ROOT } from '../helpers/run-cli.js';

/** The README's first command: the one that installs intl and asks the embedded data. */
function readmeInstallLine(): string {
  const block = /```sh\n([^\n]*)\n/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  return block![1]!;
}

/** A copy of the working tree as a clone of it would hold it: tracked and new files, nothing ignored. */
function cloneOfWorkingTree(): string {
  const clone = mkdtempSync(join(tmpdir(), 'intl-clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of files.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f)))) {
    cpSync(join(ROOT, file), join(clone, file));
  }
  return clone;
}

/** The environment of a fresh shell: none of the npm settings of the `npm test` that runs this. */
function freshEnv(extra: Record<string, string>): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))) as Record<string, string>;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true', ...extra };
}

describe('the README install line', () => {
  it('installs a copy into an empty prefix that answers from its embedded data after the clone is gone', () => {
    const line = readmeInstallLine();
    expect(line).toMatch(/npm install -g/);
    const clone = cloneOfWorkingTree();
    const prefix = mkdtempSync(join(tmpdir(), 'intl-prefix-'));
    const install = spawnSync('sh', ['-c', line], {
      cwd: clone,
      encoding: 'utf8',
      env: freshEnv({ npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, INTL_CACHE_DIR: CACHE_DIR }),
    });
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn/i);

    const tarball = readdirSync(clone).find((f) => f.endsWith('.tgz'))!;
    const files = execFileSync('tar', ['tzf', join(clone, tarball)], { encoding: 'utf8' });
    expect(files).toContain('package/data/calendar/2017.yaml');
    expect(files).toContain('package/dist/intl.cjs');
    expect(files).toContain('package/schema/intl-data.schema.json');
    expect(files).not.toContain('package/src/');

    rmSync(clone, { recursive: true, force: true });
    const elsewhere = mkdtempSync(join(tmpdir(), 'intl-elsewhere-'));
    const r = spawnSync(join(prefix, 'bin', 'intl'), ['cities', '--since', '1946'], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INTL_CACHE_DIR: CACHE_DIR },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(12);
    const schema = spawnSync(join(prefix, 'bin', 'intl'), ['schema'], { cwd: elsewhere, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(JSON.parse(schema.stdout)).toHaveProperty('title', 'intl data file');
  }, 300_000);
});
